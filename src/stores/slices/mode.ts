import type { Catalog } from '@/lib/view/catalog';
import { clampYear } from '@/lib/view/year';
import type { ProfileId } from '@/lib/modes/profiles';
import { EMPTY_URL_STATE, type Mode, type UrlState } from '@/lib/url/url-state';
import { DEFAULT_LANGUAGES, type UiLang } from '@/lib/i18n/languages';
import type { Slice } from './types';

/** Embed render flags (`?header=0` etc.): what the host page wants hidden. */
export interface RenderFlags {
  header: boolean;
  timeline: boolean;
  list: boolean;
  legend: boolean;
}

export const ALL_SHOWN: RenderFlags = { header: true, timeline: true, list: true, legend: true };

export interface ModeSlice {
  mode: Mode | null;
  /** The visitor mode the data studio's preview shows, while it is shown; never in the URL. */
  previewMode: ProfileId | null;
  data: string | null;
  idle: number | null;
  /** Kiosk operator view kept open (`?health=1`, a launch parameter). */
  health: boolean;
  /** True once the URL has been read into the store. */
  hydrated: boolean;
  /** The launch URL's state: what "Start over" and the kiosk's idle reset return to. */
  home: UrlState;
  flags: RenderFlags;
  /** A newer partners file is cached and waiting (set by the offline feature). */
  dataUpdateReady: boolean;
  /** Kiosk attract loop: while on, nothing is written to the URL. */
  attract: boolean;
  /** The loaded partners, for the view's rules (a reference to the query's data, not a copy). */
  catalog: Catalog | null;
  /** Reads the URL state; a `lang` outside `languages` falls back to `defaultLang` with a warning. */
  hydrate: (
    state: UrlState,
    defaultLang: UiLang,
    flags?: RenderFlags,
    languages?: readonly UiLang[],
  ) => void;
  /** New data: the year is clamped to it, an unknown `?partner=` dropped, a linked one revealed. */
  loadCatalog: (catalog: Catalog) => void;
  setAttract: (attract: boolean) => void;
  setPreviewMode: (mode: ProfileId | null) => void;
  /** Back to the launch state: visitor state (partner, year, fields, search, panels, dialogs, view) is dropped. */
  resetToHome: () => void;
}

export const modeSlice: Slice<ModeSlice> = (set, get) => ({
  mode: EMPTY_URL_STATE.mode,
  previewMode: null,
  data: EMPTY_URL_STATE.data,
  idle: EMPTY_URL_STATE.idle,
  health: EMPTY_URL_STATE.health,
  hydrated: false,
  home: EMPTY_URL_STATE,
  flags: ALL_SHOWN,
  dataUpdateReady: false,
  attract: false,
  catalog: null,
  hydrate: (state, defaultLang, flags = ALL_SHOWN, languages = DEFAULT_LANGUAGES) => {
    const offered = state.lang === null || languages.includes(state.lang);
    if (!offered)
      console.warn(`Ignoring ?lang=${state.lang}: this map offers ${languages.join(', ')}`);
    const lang = offered ? (state.lang ?? defaultLang) : defaultLang;
    const home = { ...state, lang, partner: null, year: null, fields: null };
    set({ ...state, lang, languages, home, flags, hydrated: true });
  },
  loadCatalog: (catalog) => {
    const { partner } = get();
    set({ catalog, year: clampYear(get().year, catalog.range) });
    if (partner && !get().reveal(partner)) {
      console.warn(`Ignoring ?partner=${partner}: no partner has this id`);
      set({ partner: null });
    }
  },
  setAttract: (attract) => set({ attract }),
  setPreviewMode: (previewMode) => set({ previewMode }),
  resetToHome: () =>
    set(({ home, viewResetToken }) => ({
      ...home,
      lang: home.lang ?? 'vi',
      search: '',
      hoveredId: null,
      dialog: null,
      listOpen: false,
      notice: null,
      playing: false,
      loop: false,
      speed: 1,
      blackout: false,
      tourIndex: -1,
      viewResetToken: viewResetToken + 1,
    })),
});
