import { useTranslation } from 'react-i18next';
import { useLabels } from '@/hooks/use-labels';
import { otherLang } from '@/i18n/i18n';
import type { SortKey } from '@/lib/partners/sort';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';

interface Props {
  /** The same rows as the list, in the same order. */
  rows: readonly Partner[];
}

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'name', label: 'table.name' },
  { key: 'country', label: 'table.country' },
  { key: 'relation', label: 'table.relation' },
  { key: 'date', label: 'table.signed' },
  { key: null, label: 'table.fields' },
];

/** The partners as a sortable table, for screen readers and for reading across rows. */
export function PartnerTable({ rows }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const sort = useUiStore((s) => s.sort);
  const setSort = useUiStore((s) => s.setSort);
  const select = useUiStore((s) => s.select);
  const other = otherLang(labels.lang);
  return (
    <div className="table-wrap">
      <table className="partner-table" aria-label={t('table.title')}>
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.label}
                scope="col"
                aria-sort={c.key && c.key === sort ? 'ascending' : c.key ? 'none' : undefined}
              >
                {c.key ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => c.key && setSort(c.key)}
                  >
                    {t(c.label)}
                    <span aria-hidden="true">{c.key === sort ? ' ▲' : ''}</span>
                  </button>
                ) : (
                  t(c.label)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => select(p.id)}>
                  {p.name[labels.lang]}
                </button>
                {p.name[other] !== p.name[labels.lang] && (
                  <span className="partner-alt" lang={other}>
                    {' '}
                    ({p.name[other]})
                  </span>
                )}
              </th>
              <td>{labels.country(p.country)}</td>
              <td>{labels.relation(p.relation)}</td>
              <td>{labels.date(p) ?? t('panel.dateUnknown')}</td>
              <td>
                {p.fields.length ? p.fields.map(labels.field).join(', ') : t('panel.noFields')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
