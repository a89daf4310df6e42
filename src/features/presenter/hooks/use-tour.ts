import { useMemo } from 'react';
import { useConfig } from '@/api/config';
import { useTourFile } from '@/api/tour';
import { useModeProfile } from '@/hooks/use-mode-profile';
import { usePartners } from '@/hooks/use-partners';
import { checkTour, defaultTour, type TourStep } from '@/lib/tour/tour';
import { useUiStore } from '@/stores/ui-store';

/** The tour from data/tour.json when present and valid, else partners by signing date. */
export function useTour(): TourStep[] {
  const config = useConfig();
  const { partners } = usePartners();
  const file = useTourFile(useModeProfile().tour);
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

/**
 * Shows a step through the store's actions, as automatic moves (announced, no notice): a partner
 * (all fields on, the year at its signing, panel open), a year, or a field spotlight.
 */
export function applyTourStep(step: TourStep) {
  const store = useUiStore.getState();
  store.setPlaying(false);
  if (step.type === 'partner') {
    const p = store.catalog?.byId.get(step.id);
    if (!p) return;
    store.select(null);
    store.setFields(null);
    store.changeYear(p.date?.year ?? null, 'auto');
    store.select(p.id);
    return;
  }
  if (step.type === 'year') {
    store.select(null);
    store.changeYear(step.year, 'auto');
    return;
  }
  store.select(null);
  store.setFields([step.field]);
}
