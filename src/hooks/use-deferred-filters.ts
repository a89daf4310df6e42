import { useDeferredValue } from 'react';
import { useUiStore } from '@/stores/ui-store';

/**
 * Year and fields for views that may lag a frame behind (list, counts, descriptions), so a year step
 * paints the slider and the map first and never blocks them.
 */
export function useDeferredFilters() {
  const year = useDeferredValue(useUiStore((s) => s.year));
  const fields = useDeferredValue(useUiStore((s) => s.fields));
  return { year, fields };
}
