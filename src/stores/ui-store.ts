import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { profileOf, type ModeProfile } from '@/lib/modes/profiles';
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

/** The current mode's profile: what this mode does (see lib/modes/profiles.ts). */
export const selectProfile = (s: Pick<UiState, 'mode'>): ModeProfile => profileOf(s.mode);

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
export function effectiveTheme(s: Pick<UiState, 'theme' | 'mode' | 'systemTheme'>): Theme {
  return s.theme ?? s.systemTheme ?? profileOf(s.mode).defaultTheme;
}
