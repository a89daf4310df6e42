import type { Partner } from '@/types/partner';
import { visiblePartners } from './visibility';
import type { ViewYear } from './year';

type T = (key: string, values?: Record<string, unknown>) => string;

/** A year in words with what it shows: "2012 — 12 partners" / "Today — 50 partners". */
export function yearText(
  partners: readonly Partner[],
  year: ViewYear,
  fields: readonly string[] | null,
  t: T,
): string {
  return t('timeline.valueText', {
    year: year ?? t('timeline.todayCap'),
    count: visiblePartners(partners, year, fields).length,
  });
}
