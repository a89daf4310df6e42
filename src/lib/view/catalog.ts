import { UNRECORDED } from '@/lib/url/url-state';
import type { Partner } from '@/types/partner';
import { yearRange, type YearRange } from './year';

/** The loaded partners as the view's rules need them: in data order, by id, and their year range. */
export interface Catalog {
  partners: readonly Partner[];
  byId: ReadonlyMap<string, Partner>;
  range: YearRange;
  /** Every field id a filter can name: the config's fields, then `unrecorded`. */
  fieldIds: readonly string[];
}

export function makeCatalog(
  partners: readonly Partner[],
  configFieldIds: readonly string[],
  currentYear = new Date().getFullYear(),
): Catalog {
  return {
    partners,
    byId: new Map(partners.map((p) => [p.id, p])),
    range: yearRange(partners, currentYear),
    fieldIds: [...configFieldIds, UNRECORDED],
  };
}
