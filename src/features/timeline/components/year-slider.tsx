import type { CSSProperties, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { positionOf, type ViewYear } from '@/lib/view/year';
import { usePartners } from '@/hooks/use-partners';
import { pickYear } from '../pick-year';
import { useUiStore } from '@/stores/ui-store';

interface Props {
  valueText: (year: ViewYear) => string;
}

const PAGE = 5;

/**
 * The cumulative year slider; its last position is "today" and also shows undated partners.
 * A native range input (issue 19: no slider library on the first view): arrows, Home and End as
 * any slider; `aria-valuenow` is written out for the tests and hooks that watch it.
 */
export function YearSlider({ valueText }: Props) {
  const { t } = useTranslation();
  const { range } = usePartners();
  const year = useUiStore((s) => s.year);
  const value = positionOf(year, range);
  const span = range.current - range.first;
  const fill = span > 0 ? ((value - range.first) / span) * 100 : 100;

  // The browser pages by its own step; the timeline pages by 5 years.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    pickYear(value + (e.key === 'PageUp' ? PAGE : -PAGE), range);
  };

  return (
    <input
      type="range"
      className="year-slider"
      style={{ '--fill': `${fill}%` } as CSSProperties}
      min={range.first}
      max={range.current}
      step={1}
      value={value}
      aria-label={t('timeline.year')}
      aria-valuenow={value}
      aria-valuetext={valueText(year)}
      onKeyDown={onKeyDown}
      onChange={(e) => pickYear(Number(e.currentTarget.value), range)}
    />
  );
}
