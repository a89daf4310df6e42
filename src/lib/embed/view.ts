import {
  firstSignedYear,
  shownAtYear,
  shownByFields,
  visiblePartners,
} from '@/lib/partners/visibility';
import { clampYear, UNRECORDED } from '@/lib/url/url-state';
import type { Lang, Partner } from '@/types/partner';
import type { EmbedView } from './protocol';

/** The part of the UI state the embed API reads and writes. */
export interface ViewState {
  partner: string | null;
  year: number | null;
  /** null = all on. */
  fields: string[] | null;
  lang: Lang;
}

/** Every field id a host can name: the config's fields, then `unrecorded`. */
export function allFieldIds(configFieldIds: readonly string[]): string[] {
  return [...configFieldIds, UNRECORDED];
}

/** The view as the host sees it: fields spelled out in config order, the visible ids in data order. */
export function embedView(
  state: ViewState,
  partners: readonly Partner[],
  fieldIds: readonly string[],
): EmbedView {
  return {
    year: state.year,
    fields:
      state.fields === null ? [...fieldIds] : fieldIds.filter((id) => state.fields?.includes(id)),
    partner: state.partner,
    lang: state.lang,
    visible: visiblePartners(partners, state.year, state.fields).map((p) => p.id),
  };
}

export function sameView(a: EmbedView, b: EmbedView): boolean {
  return (
    a.year === b.year &&
    a.partner === b.partner &&
    a.lang === b.lang &&
    sameList(a.fields, b.fields) &&
    sameList(a.visible, b.visible)
  );
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

type Change = Partial<Pick<ViewState, 'partner' | 'year' | 'fields'>>;

/**
 * `select`: an unknown id is ignored (null). A partner hidden by the year or the fields is made
 * visible the way a `?partner=` link is: the year moves to its signing year, its first field is
 * switched on.
 */
export function planSelect(
  partners: readonly Partner[],
  state: ViewState,
  id: string | null,
  currentYear = new Date().getFullYear(),
): Change | null {
  if (id === null) return { partner: null };
  const partner = partners.find((p) => p.id === id);
  if (!partner) return null;
  const change: Change = { partner: id };
  if (!shownAtYear(partner, state.year)) {
    const first = firstSignedYear(partners) ?? currentYear;
    change.year = clampYear(partner.date?.year ?? null, first, currentYear);
  }
  if (!shownByFields(partner, state.fields))
    change.fields = [...(state.fields ?? []), partner.fields[0] ?? UNRECORDED];
  return change;
}

/**
 * `setYear`, clamped like the URL: below the first signed year → that year; the current year or
 * later → today (null). A selected partner signed later is deselected, as the timeline does.
 */
export function planSetYear(
  partners: readonly Partner[],
  state: ViewState,
  year: number | null,
  currentYear = new Date().getFullYear(),
): { year: number | null; deselected: Partner | null } {
  const first = firstSignedYear(partners) ?? currentYear;
  const next = clampYear(year, first, currentYear);
  const selected = partners.find((p) => p.id === state.partner);
  const deselected = selected && !shownAtYear(selected, next) ? selected : null;
  return { year: next, deselected };
}

/**
 * `setFields`: unknown ids are dropped; the full list means "all on" (null). A selected partner the
 * new fields hide is deselected.
 */
export function planSetFields(
  partners: readonly Partner[],
  state: ViewState,
  fields: readonly string[],
  fieldIds: readonly string[],
): { fields: string[] | null; partner: string | null; unknown: string[] } {
  const known = fieldIds.filter((id) => fields.includes(id));
  const unknown = fields.filter((id) => !fieldIds.includes(id));
  const next = known.length === fieldIds.length ? null : known;
  const selected = partners.find((p) => p.id === state.partner);
  const partner = selected && !shownByFields(selected, next) ? null : state.partner;
  return { fields: next, partner, unknown };
}
