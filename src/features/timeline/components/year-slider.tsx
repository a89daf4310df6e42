import * as Slider from '@radix-ui/react-slider';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearRange } from '@/lib/timeline/playback';
import { useUiStore } from '@/stores/ui-store';

interface Props {
  range: YearRange;
  onChange: (year: number | null) => void;
  valueText: (year: number | null) => string;
}

const PAGE = 5;

/** The cumulative year slider; its last position is "today" and also shows undated partners. */
export function YearSlider({ range, onChange, valueText }: Props) {
  const { t } = useTranslation();
  const year = useUiStore((s) => s.year);
  const setPlaying = useUiStore((s) => s.setPlaying);
  const value = year ?? range.current;
  const toYear = (v: number) => (v >= range.current ? null : Math.max(range.first, v));

  // Radix pages by 10 steps; the timeline pages by 5 years.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    setPlaying(false);
    onChange(toYear(value + (e.key === 'PageUp' ? PAGE : -PAGE)));
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
        if (v === undefined) return;
        setPlaying(false);
        onChange(toYear(v));
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
