import { useTranslation } from 'react-i18next';
import type { Changes } from '../lib/changes';
import { STUDIO_NS } from '../lib/studio-i18n';

/** Added, changed (field by field) and removed partners against the published file. */
export function ChangeSummary({ changes, lang }: { changes: Changes; lang: 'vi' | 'en' }) {
  const { t } = useTranslation(STUDIO_NS);
  const empty = (v: string) => (v === '' ? t('changes.empty') : v);
  const none = !changes.added.length && !changes.changed.length && !changes.removed.length;
  return (
    <section className="studio-changes" aria-labelledby="studio-changes-h">
      <h2 id="studio-changes-h">{t('changes.heading')}</h2>
      {none && <p>{t('changes.none')}</p>}
      {changes.added.length > 0 && (
        <>
          <h3>{t('changes.added', { count: changes.added.length })}</h3>
          <ul data-testid="changes-added">
            {changes.added.map((a) => (
              <li key={a.id}>
                {a.name[lang]} <code>{a.id}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {changes.changed.length > 0 && (
        <>
          <h3>{t('changes.changed', { count: changes.changed.length })}</h3>
          <ul data-testid="changes-changed">
            {changes.changed.map((c) => (
              <li key={c.id}>
                {c.name[lang]} <code>{c.id}</code>
                <ul>
                  {c.fields.map((f) => (
                    <li key={f.column}>
                      {t('changes.field', {
                        column: f.column,
                        before: empty(f.before),
                        after: empty(f.after),
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {changes.removed.length > 0 && (
        <>
          <h3>{t('changes.removed', { count: changes.removed.length })}</h3>
          <ul data-testid="changes-removed">
            {changes.removed.map((r) => (
              <li key={r.id}>
                {r.name[lang]} <code>{r.id}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
