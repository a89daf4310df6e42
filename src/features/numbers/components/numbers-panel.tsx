import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
// Built from countries-list at build time (tools/vite-plugin-continents.ts): the lookup, not the package.
import { continentOf } from 'virtual:country-continents';
import { CountComparison } from '@/components/count-comparison';
import { useLabels } from '@/hooks/use-labels';
import { useModeProfile } from '@/hooks/use-mode-profile';
import { countPartners } from '@/lib/partners/counts';
import { visiblePartners } from '@/lib/view/visibility';
import { fieldColorScale, NEUTRAL_COLOR } from '@/lib/scales';
import { useConfig } from '@/api/config';
import { useDeferredFilters } from '@/hooks/use-deferred-filters';
import { usePartners } from '@/hooks/use-partners';

interface Bar {
  key: string;
  label: string;
  value: number;
  color: string;
}

function Bars({ title, bars }: { title: string; bars: Bar[] }) {
  // Share of the longest bar, in %. (d3's linear scale would bring its interpolators into the first view.)
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = (value: number) => (value / max) * 100;
  return (
    <figure className="bars">
      <figcaption>{title}</figcaption>
      <table>
        <tbody>
          {bars.map((b) => (
            <tr key={b.key}>
              <th scope="row">{b.label}</th>
              <td className="bar-cell">
                <span
                  className="bar"
                  style={{ width: `${width(b.value)}%`, background: b.color }}
                  aria-hidden="true"
                />
              </td>
              <td className="bar-value">{b.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Counts at the current year, as small bar charts with every number also in text. */
export default function NumbersPanel() {
  const { t } = useTranslation();
  const config = useConfig();
  const { partners } = usePartners();
  const labels = useLabels();
  const { qrLinks } = useModeProfile();
  const { year, fields } = useDeferredFilters();
  const counts = useMemo(
    () => countPartners(visiblePartners(partners, year, fields), continentOf),
    [partners, year, fields],
  );
  const color = fieldColorScale(config.fields);
  const accent = 'var(--accent)';

  const fieldBars: Bar[] = [
    ...config.fields.map((f) => ({
      key: f.id,
      label: labels.field(f.id),
      value: counts.byField.get(f.id) ?? 0,
      color: color(f.id),
    })),
    {
      key: 'unrecorded',
      label: t('legend.unrecorded'),
      value: counts.unrecorded,
      color: NEUTRAL_COLOR,
    },
  ];
  const relationBars: Bar[] = config.relations.map((r) => ({
    key: r.id,
    label: labels.relation(r.id),
    value: counts.byRelation.get(r.id) ?? 0,
    color: accent,
  }));
  const continentBars: Bar[] = [...counts.continents.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => ({ key: c, label: t(`numbers.continent_${c}`), value: n, color: accent }));

  return (
    <div className="numbers-panel">
      <p className="numbers-year">
        {t('numbers.atYear', { year: year ?? t('timeline.todayCap') })}
      </p>
      <dl className="numbers-totals">
        <div>
          <dt>{t('numbers.partners')}</dt>
          <dd>{counts.partners}</dd>
        </div>
        <div>
          <dt>{t('numbers.countries')}</dt>
          <dd>{counts.countries}</dd>
        </div>
        <div>
          <dt>{t('numbers.continents')}</dt>
          <dd>{counts.continents.size}</dd>
        </div>
      </dl>
      <Bars title={t('numbers.continents')} bars={continentBars} />
      <Bars title={t('numbers.byField')} bars={fieldBars} />
      <Bars title={t('numbers.byRelation')} bars={relationBars} />
      <CountComparison config={config} partners={partners} asQr={qrLinks} />
    </div>
  );
}
