import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '@/lib/format/dates';
import { parsePartialDate } from '@/lib/schema/dates';
import type { Lang, Milestone } from '@/types/partner';

export function Milestones({ milestones, lang }: { milestones: readonly Milestone[]; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('panel.milestones')}</h3>
      <ol className="milestones" lang={lang}>
        {milestones.map((m) => {
          const date = parsePartialDate(m.date);
          return (
            <li key={`${m.date}-${m.text.en}`}>
              <span className="milestone-date">
                {date ? formatPartialDate(date, lang) : m.date}
              </span>{' '}
              {m.text[lang]}
            </li>
          );
        })}
      </ol>
    </>
  );
}
