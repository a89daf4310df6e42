import * as Slider from '@radix-ui/react-slider';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { positionOf, type ViewYear } from '@/lib/view/year';
import { usePartners } from '@/hooks/use-partners';
import { pickYear } from '../pick-year';
import { useUiStore } from '@/stores/ui-store';

interface Props {
  valueText: (year: ViewYear) => string;
}

const PAGE = 5;

/** The cumulative year slider; its last position is "today" and also shows undated partners. */
export function YearSlider({ valueText }: Props) {
  const { t } = useTranslation();
  const { range } = usePartners();
  const year = useUiStore((s) => s.year);
  const value = positionOf(year, range);

  // Radix pages by 10 steps; the timeline pages by 5 years.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    pickYear(value + (e.key === 'PageUp' ? PAGE : -PAGE), range);
  };

  return (
    <Slider.Root
      className="year-slider"
      min={range.first}
      max={range.current}
      step={1}
      value={[value]}
      onKeyDown={onKeyDown}
      onValueChange={([v]) => {
        if (v !== undefined) pickYear(v, range);
      }}
    >
      <Slider.Track className="slider-track">
        <Slider.Range className="slider-range" />
      </Slider.Track>
      <Slider.Thumb
        className="slider-thumb"
        aria-label={t('timeline.year')}
        aria-valuetext={valueText(year)}
      />
    </Slider.Root>
  );
}
