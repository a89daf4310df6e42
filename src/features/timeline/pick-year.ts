import { yearAt, type YearRange } from '@/lib/view/year';
import { useUiStore } from '@/stores/ui-store';

/** The visitor picks a slider or histogram position: the store's year change (it stops playback). */
export function pickYear(position: number, range: YearRange) {
  useUiStore.getState().changeYear(yearAt(position, range), 'visitor');
}
