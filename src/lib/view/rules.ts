import { UNRECORDED } from '@/lib/url/url-state';
import type { Partner } from '@/types/partner';
import type { Catalog } from './catalog';
import { shownAtYear, shownByFields } from './visibility';
import { clampYear, type ViewYear } from './year';

/** The part of the UI state the view's rules read and write. */
export interface ViewState {
  partner: string | null;
  year: ViewYear;
  /** null = all on. */
  fields: string[] | null;
}

/** Why a partner was deselected: it was signed after the year now shown. */
export interface DeselectNotice {
  partner: Partner;
  year: ViewYear;
}

/**
 * Changing the year: clamped to the range (later than the data → today); a selected partner signed
 * later is deselected, and the caller is told so it can say why.
 */
export function changeYear(
  state: ViewState,
  year: ViewYear,
  catalog: Catalog,
): { year: ViewYear; partner: string | null; notice: DeselectNotice | null } {
  const next = clampYear(year, catalog.range);
  const selected = state.partner === null ? undefined : catalog.byId.get(state.partner);
  if (selected && !shownAtYear(selected, next))
    return { year: next, partner: null, notice: { partner: selected, year: next } };
  return { year: next, partner: state.partner, notice: null };
}

/**
 * Making a linked partner visible (a `?partner=` link, the embed's `select`): the year moves to its
 * signing year, its first field is switched on. An unknown id gives null.
 */
export function reveal(state: ViewState, partnerId: string, catalog: Catalog): ViewState | null {
  const partner = catalog.byId.get(partnerId);
  if (!partner) return null;
  let { year, fields } = state;
  if (!shownAtYear(partner, year)) year = clampYear(partner.date?.year ?? null, catalog.range);
  if (!shownByFields(partner, fields))
    fields = [...(fields ?? []), partner.fields[0] ?? UNRECORDED];
  return { partner: partnerId, year, fields };
}

/** Changing the fields: unknown ids are dropped, the full list is "all on" (null); a selected partner they hide is deselected. */
export function changeFields(
  state: ViewState,
  fields: readonly string[] | null,
  allIds: readonly string[],
  catalog: Catalog,
): { fields: string[] | null; partner: string | null } {
  const known = fields === null ? allIds : allIds.filter((id) => fields.includes(id));
  const next = known.length === allIds.length ? null : [...known];
  const selected = state.partner === null ? undefined : catalog.byId.get(state.partner);
  const partner = selected && !shownByFields(selected, next) ? null : state.partner;
  return { fields: next, partner };
}
