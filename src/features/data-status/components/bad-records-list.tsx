import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePartners } from '@/hooks/use-partners';
import { formatProblem } from '@/lib/schema/validate-partners';
import './data-status.css';

/** Names each record left out, so nothing is lost silently; loaded only when there is one. */
export default function BadRecordsList() {
  const { t } = useTranslation();
  const { file, problems } = usePartners();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  const records = new Set(problems.map((p) => p.index)).size;
  return (
    <section className="notice" aria-label={t('notice.badRecordsLabel')} data-testid="bad-records">
      <p>{t('notice.badRecords', { count: records })}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.index}-${p.path}-${p.message}`}>
            <code>{formatProblem(file, p)}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="text-button" onClick={() => setDismissed(true)}>
        {t('notice.dismiss')}
      </button>
    </section>
  );
}
