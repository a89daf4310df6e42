import { useMemo } from 'react';
import { useTourFile } from '@/api/tour';
import type { AppConfig } from '@/lib/schema/config-schema';
import { checkTour, defaultTour, type TourStep } from '@/lib/tour/tour';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';

/** The tour from data/tour.json when present and valid, else partners by signing date. */
export function useTour(config: AppConfig, partners: readonly Partner[]): TourStep[] {
  const mode = useUiStore((s) => s.mode);
  const file = useTourFile(mode === 'present' || mode === 'console');
  return useMemo(() => {
    if (file.data) {
      const { steps, problems } = checkTour(
        file.data,
        new Set(partners.map((p) => p.id)),
        new Set(config.fields.map((f) => f.id)),
      );
      problems.forEach((p) => console.warn(p));
      if (steps && steps.length > 0) return steps;
    }
    return defaultTour(partners);
  }, [file.data, partners, config]);
}

/** Shows a step: a partner (flying there, panel open, year following), a year, or a field spotlight. */
export function applyTourStep(
  step: TourStep,
  partners: readonly Partner[],
  currentYear = new Date().getFullYear(),
) {
  const store = useUiStore.getState();
  store.setPlaying(false);
  if (step.type === 'partner') {
    const p = partners.find((x) => x.id === step.id);
    if (!p) return;
    const year = p.date && p.date.year < currentYear ? p.date.year : null;
    store.setFields(null);
    store.setYear(year);
    store.select(p.id);
    return;
  }
  if (step.type === 'year') {
    store.select(null);
    store.setYear(step.year !== null && step.year >= currentYear ? null : step.year);
    return;
  }
  store.select(null);
  store.setFields([step.field]);
}
