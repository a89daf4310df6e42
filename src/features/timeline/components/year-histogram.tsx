import { useMemo } from 'react';
import { useConfig } from '@/api/config';
import { usePartners } from '@/hooks/use-partners';
import { shownByFields } from '@/lib/view/visibility';
import { fieldColorScale, NEUTRAL_COLOR } from '@/lib/scales';
import { yearHistogram } from '@/lib/timeline/histogram';
import { useUiStore } from '@/stores/ui-store';
import { pickYear } from '../pick-year';

const HEIGHT = 40;

/** Signings per year, stacked by primary field; a pointer shortcut for the slider below it. */
export function YearHistogram() {
  const config = useConfig();
  const { partners, range } = usePartners();
  const year = useUiStore((s) => s.year);
  const fields = useUiStore((s) => s.fields);
  // Named `last`, not `range.current`, so the hooks linter does not mistake it for a ref.
  const { first } = range;
  const last = range.current - 1;
  const bins = useMemo(
    () =>
      yearHistogram(
        partners.filter((p) => shownByFields(p, fields)),
        config.fields.map((f) => f.id),
        first,
        last,
      ),
    [partners, fields, config, first, last],
  );
  const color = fieldColorScale(config.fields);
  const positions = range.current - range.first + 1;
  const max = Math.max(1, ...bins.map((b) => b.total));
  const unit = HEIGHT / max;
  const width = 100 / positions;

  return (
    // The slider is the keyboard path; this is a pointer shortcut, hidden from assistive tech.
    <div
      className="year-histogram"
      aria-hidden="true"
      onClick={(e) => {
        const rect = e.currentTarget.getBoundingClientRect();
        const index = Math.floor(((e.clientX - rect.left) / rect.width) * positions);
        pickYear(range.first + Math.min(positions - 1, Math.max(0, index)), range);
      }}
    >
      <svg viewBox={`0 0 100 ${HEIGHT}`} preserveAspectRatio="none" width="100%" height="100%">
        {bins
          .filter((b) => b.total > 0)
          .map((b) => {
            const x = (b.year - range.first) * width + width * 0.15;
            const reached = year === null || b.year <= year;
            let y = HEIGHT;
            return (
              <g
                key={b.year}
                data-year={b.year}
                className={b.year === year ? 'current' : undefined}
                opacity={reached ? 1 : 0.3}
              >
                {b.byField.map((f) => {
                  y -= f.count * unit;
                  return (
                    <rect
                      key={f.field}
                      x={x}
                      y={y}
                      width={width * 0.7}
                      height={f.count * unit}
                      fill={f.field ? color(f.field) : NEUTRAL_COLOR}
                    />
                  );
                })}
              </g>
            );
          })}
      </svg>
    </div>
  );
}
