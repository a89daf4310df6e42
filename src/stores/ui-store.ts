import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { modeAttr, profileOf, type ModeProfile } from '@/lib/modes/profiles';
import type { Theme, UrlState } from '@/lib/url/url-state';
import { filtersSlice, type FiltersSlice } from './slices/filters';
import { modeSlice, type ModeSlice } from './slices/mode';
import { selectionSlice, type SelectionSlice } from './slices/selection';
import { timeSlice, type TimeSlice } from './slices/time';
import { viewSlice, type ViewSlice } from './slices/view';

export type { SortKey } from '@/lib/partners/sort';
export type { DialogId } from './slices/view';
export { ALL_SHOWN, type RenderFlags } from './slices/mode';

/** The UI state: five slices in one store, so an action may keep several in step. */
export type UiState = SelectionSlice & TimeSlice & FiltersSlice & ViewSlice & ModeSlice;

export const useUiStore = create<UiState>()(
  subscribeWithSelector((...a) => ({
    ...selectionSlice(...a),
    ...timeSlice(...a),
    ...filtersSlice(...a),
    ...viewSlice(...a),
    ...modeSlice(...a),
  })),
);

/**
 * The profile in force: what this mode does (see lib/modes/profiles.ts); in the data studio's
 * preview, the visitor mode it previews.
 */
export const selectProfile = (s: Pick<UiState, 'mode' | 'previewMode'>): ModeProfile =>
  profileOf(s.previewMode ?? s.mode);

/** What the app loads for the URL's mode (the studio stays the studio whatever it previews). */
export const selectPage = (s: Pick<UiState, 'mode'>): ModeProfile['page'] => profileOf(s.mode).page;

/** `<html data-mode>`: the mode in force, `page` for the web page. */
export const selectModeName = (s: Pick<UiState, 'mode' | 'previewMode'>): string =>
  modeAttr(s.previewMode ?? s.mode);

/** The URL-carried part of the store. */
export function urlStateOf(s: UiState): UrlState {
  return {
    lang: s.lang,
    mode: s.mode,
    partner: s.partner,
    year: s.year,
    fields: s.fields,
    projection: s.projection,
    theme: s.theme,
    data: s.data,
    idle: s.idle,
    health: s.health,
  };
}

/** The theme in force: the URL's, else the OS's contrast setting, else the mode's default. */
export function effectiveTheme(
  s: Pick<UiState, 'theme' | 'mode' | 'previewMode' | 'systemTheme'>,
): Theme {
  return s.theme ?? s.systemTheme ?? selectProfile(s).defaultTheme;
}
