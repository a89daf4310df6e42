import { useTranslation } from 'react-i18next';
import { useLabels } from '@/hooks/use-labels';
import type { AppConfig } from '@/lib/schema/config-schema';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';
import { useListedPartners } from '../hooks/use-listed-partners';
import { PartnerListItem } from './partner-list-item';
import { lazy, useMemo, useState } from 'react';
import { fieldColorScale, primaryFieldColor } from '@/lib/scales';
import { SearchBox } from './search-box';
import { SortSelect } from './sort-select';
import { LazyPart } from '@/components/ui/lazy-part';
import './partner-list.css';

// Loaded when the table is first opened: it starts closed.
const PartnerTable = lazy(() =>
  import('./partner-table').then((m) => ({ default: m.PartnerTable })),
);

interface Props {
  config: AppConfig;
  partners: readonly Partner[];
}

/** The one "Partners" list, synced both ways with the map through the store. */
export function PartnerList({ config, partners }: Props) {
  const { t } = useTranslation();
  const labels = useLabels(config);
  const listed = useListedPartners(config, partners, labels);
  const selected = useUiStore((s) => s.partner);
  const [tableOpen, setTableOpen] = useState(false);
  const color = useMemo(() => fieldColorScale(config.fields), [config]);
  return (
    <section className="partner-list" aria-labelledby="partner-list-heading">
      <h2 id="partner-list-heading" className="section-heading">
        {t('list.heading')}
      </h2>
      <SearchBox />
      <div className="list-meta">
        <p className="list-count" aria-live="off">
          {t('list.count', { shown: listed.length, total: partners.length })}
        </p>
        <SortSelect />
      </div>
      <ul id="partner-list" aria-label={t('list.label')} className="partner-items" tabIndex={-1}>
        {listed.map((p) => (
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
            <PartnerTable config={config} rows={listed} />
          </LazyPart>
        )}
      </details>
    </section>
  );
}
