import { UNRECORDED } from '@/lib/url/url-state';
import type { Partner } from '@/types/partner';
import { signedBy, type ViewYear } from './year';

/** A partner shows at a year when it was signed by then (see `signedBy`). */
export function shownAtYear(partner: Partner, year: ViewYear): boolean {
  return signedBy(partner.date?.year ?? null, year);
}

/** A partner shows when any of its fields is on (`unrecorded` for those with none); null = all on. */
export function shownByFields(partner: Partner, fields: readonly string[] | null): boolean {
  if (fields === null) return true;
  if (partner.fields.length === 0) return fields.includes(UNRECORDED);
  return partner.fields.some((f) => fields.includes(f));
}

/** The one "is this partner shown" rule: map, list, counts, description, embed and tour use it. */
export function isShown(
  partner: Partner,
  year: ViewYear,
  fields: readonly string[] | null,
): boolean {
  return shownAtYear(partner, year) && shownByFields(partner, fields);
}

export function visiblePartners(
  partners: readonly Partner[],
  year: ViewYear,
  fields: readonly string[] | null,
): Partner[] {
  return partners.filter((p) => isShown(p, year, fields));
}
