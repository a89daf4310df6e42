import { useTranslation } from 'react-i18next';
import { useLabels } from '@/hooks/use-labels';
import { useConfig } from '@/api/config';
import { useUiStore } from '@/stores/ui-store';
import { usePartners } from '@/hooks/use-partners';
import { useGrowingCount } from '@/hooks/use-growing-count';
import { useListedPartners } from '../hooks/use-listed-partners';
import { PartnerListItem } from './partner-list-item';
import { lazy, useMemo, useState } from 'react';
import { fieldColorScale, primaryFieldColor } from '@/lib/scales';
import { SearchBox } from './search-box';
import { SortSelect } from './sort-select';
import { LazyPart } from '@/components/ui/lazy-part';
import './partner-list.css';
import { withStrings } from '@/i18n/i18n';

// Loaded when the table is first opened: it starts closed.
const PartnerTable = lazy(() =>
  withStrings(() => import('./partner-table'), 'table')().then((m) => ({
    default: m.PartnerTable,
  })),
);

/** The one "Partners" list, synced both ways with the map through the store. */
export function PartnerList() {
  const { t } = useTranslation();
  const config = useConfig();
  const { partners } = usePartners();
  const labels = useLabels();
  const listed = useListedPartners(labels);
  const selected = useUiStore((s) => s.partner);
  const [tableOpen, setTableOpen] = useState(false);
  const color = useMemo(() => fieldColorScale(config.fields), [config]);
  // Thousands of partners (a 5,000-row sheet in the studio's preview) are added a few hundred per frame.
  const built = useGrowingCount(listed.length);
  return (
    <section className="partner-list" aria-labelledby="partner-list-heading">
      <h2 id="partner-list-heading" className="section-heading">
        {t('list.heading')}
      </h2>
      <SearchBox />
      <div className="list-meta">
        <p className="list-count" aria-live="off">
          {t('list.count', { shown: listed.length, count: partners.length })}
        </p>
        <SortSelect />
      </div>
      <ul id="partner-list" aria-label={t('list.label')} className="partner-items" tabIndex={-1}>
        {listed.slice(0, built).map((p) => (
          <PartnerListItem
            key={p.id}
            partner={p}
            color={primaryFieldColor(color, p.fields)}
            labels={labels}
            selected={p.id === selected}
          />
        ))}
      </ul>
      {listed.length === 0 && <p className="list-empty">{t('list.none')}</p>}
      <details className="table-details" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{t('table.title')}</summary>
        {tableOpen && (
          <LazyPart>
            <PartnerTable rows={listed} />
          </LazyPart>
        )}
      </details>
    </section>
  );
}
