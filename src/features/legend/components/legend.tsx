import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '@/hooks/use-labels';
import { useConfig } from '@/api/config';
import { usePartners } from '@/hooks/use-partners';
import { shownAtYear } from '@/lib/view/visibility';
import { fieldColorScale, NEUTRAL_COLOR } from '@/lib/scales';
import { UNRECORDED } from '@/lib/url/url-state';
import { useDeferredFilters } from '@/hooks/use-deferred-filters';
import { useUiStore } from '@/stores/ui-store';
import { FieldToggle } from './field-toggle';
import { RelationKey } from './relation-key';

/** The legend doubles as the field filter: one toggle per field, plus "not recorded" and "all". */
export function Legend() {
  const { t } = useTranslation();
  const config = useConfig();
  const { partners } = usePartners();
  const labels = useLabels();
  const { year, fields } = useDeferredFilters();
  const setFields = useUiStore((s) => s.setFields);
  const allIds = useMemo(() => [...config.fields.map((f) => f.id), UNRECORDED], [config]);
  const color = fieldColorScale(config.fields);

  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const p of partners) {
      if (!shownAtYear(p, year)) continue;
      for (const f of p.fields.length ? p.fields : [UNRECORDED]) c.set(f, (c.get(f) ?? 0) + 1);
    }
    return c;
  }, [partners, year]);

  return (
    <section className="legend" aria-labelledby="legend-heading">
      <div className="legend-head">
        <h2 id="legend-heading" className="section-heading">
          {t('legend.title')}
        </h2>
        <button
          type="button"
          className="text-button"
          aria-pressed={fields === null}
          onClick={() => setFields(null)}
        >
          {t('legend.all')}
        </button>
      </div>
      <div className="legend-fields" role="group" aria-labelledby="legend-heading">
        {config.fields.map((f) => (
          <FieldToggle
            key={f.id}
            id={f.id}
            label={labels.field(f.id)}
            color={color(f.id)}
            count={counts.get(f.id) ?? 0}
            on={fields === null || fields.includes(f.id)}
            allIds={allIds}
          />
        ))}
        <FieldToggle
          id={UNRECORDED}
          label={t('legend.unrecorded')}
          color={NEUTRAL_COLOR}
          count={counts.get(UNRECORDED) ?? 0}
          on={fields === null || fields.includes(UNRECORDED)}
          allIds={allIds}
        />
      </div>
      <p className="legend-hint">{t('legend.soloHint')}</p>
      <RelationKey />
    </section>
  );
}
