import { UNRECORDED } from '@/lib/url/url-state';
import { visiblePartners } from '@/lib/view/visibility';
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
