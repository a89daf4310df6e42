import { UNRECORDED } from '@/lib/url/url-state';
import type { Partner } from '@/types/partner';

/** At year Y, partners signed in or before Y show; at "today" (null) undated ones show too. */
export function shownAtYear(partner: Partner, year: number | null): boolean {
  if (year === null) return true;
  return partner.date !== null && partner.date.year <= year;
}

/** A partner shows when any of its fields is on (`unrecorded` for those with none). */
export function shownByFields(partner: Partner, fields: readonly string[] | null): boolean {
  if (fields === null) return true;
  if (partner.fields.length === 0) return fields.includes(UNRECORDED);
  return partner.fields.some((f) => fields.includes(f));
}

export function visiblePartners(
  partners: readonly Partner[],
  year: number | null,
  fields: readonly string[] | null,
) {
  return partners.filter((p) => shownAtYear(p, year) && shownByFields(p, fields));
}

export function firstSignedYear(partners: readonly Partner[]): number | null {
  let first: number | null = null;
  for (const p of partners)
    if (p.date && (first === null || p.date.year < first)) first = p.date.year;
  return first;
}
