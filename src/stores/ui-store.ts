import { create } from 'zustand';
import type { SortKey } from '@/lib/partners/sort';
import type { Speed } from '@/lib/timeline/playback';
import { EMPTY_URL_STATE, type Theme, type UrlState } from '@/lib/url/url-state';
import type { Lang } from '@/types/partner';

export type { SortKey };

/** The app's dialogs; one at a time. */
export type DialogId = 'about' | 'help' | 'share' | 'phone';

/** Embed render flags (`?header=0` etc.): what the host page wants hidden. */
export interface RenderFlags {
  header: boolean;
  timeline: boolean;
  list: boolean;
  legend: boolean;
}

export const ALL_SHOWN: RenderFlags = { header: true, timeline: true, list: true, legend: true };

interface UiState extends Omit<UrlState, 'lang'> {
  lang: Lang;
  /** True once the URL has been read into the store. */
  hydrated: boolean;
  /** The launch URL's state: what "Start over" and the kiosk's idle reset return to. */
  home: UrlState;
  flags: RenderFlags;
  /** A newer partners file is cached and waiting (set by the offline feature). */
  dataUpdateReady: boolean;
  search: string;
  sort: SortKey;
  hoveredId: string | null;
  /** The partner the map's keyboard focus ring is on. */
  focusedId: string | null;
  dialog: DialogId | null;
  listOpen: boolean;
  notice: string | null;
  playing: boolean;
  speed: Speed;
  loop: boolean;
  /** Presenter black screen. */
  blackout: boolean;
  /** Current step of the presenter tour; -1 before the first. */
  tourIndex: number;
  /** Kiosk attract loop: while on, nothing is written to the URL. */
  attract: boolean;
  /** Theme from the OS (prefers-contrast / forced-colors) when the URL names none. */
  systemTheme: Theme | null;
  /** The latest message for the one shared polite live region. */
  announcement: { text: string; at: number };
  /** Bumped to ask the map to return to its initial view. */
  viewResetToken: number;

  hydrate: (state: UrlState, defaultLang: Lang, flags?: RenderFlags) => void;
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
  setFocused: (id: string | null) => void;
  setYear: (year: number | null) => void;
  setFields: (fields: string[] | null) => void;
  toggleField: (id: string, allIds: readonly string[]) => void;
  soloField: (id: string, allIds: readonly string[]) => void;
  setLang: (lang: Lang) => void;
  setProjection: (projection: UrlState['projection']) => void;
  setTheme: (theme: Theme | null) => void;
  setSearch: (search: string) => void;
  setSort: (sort: SortKey) => void;
  openDialog: (dialog: DialogId | null) => void;
  setListOpen: (open: boolean) => void;
  setNotice: (notice: string | null) => void;
  resetView: () => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: Speed) => void;
  setLoop: (loop: boolean) => void;
  setBlackout: (blackout: boolean) => void;
  setTourIndex: (index: number) => void;
  setAttract: (attract: boolean) => void;
  announce: (text: string) => void;
  /** Back to the launch state: visitor state (partner, year, fields, search, panels, dialogs, view) is dropped. */
  resetToHome: () => void;
}

export const useUiStore = create<UiState>()((set) => ({
  ...EMPTY_URL_STATE,
  lang: 'vi',
  hydrated: false,
  home: EMPTY_URL_STATE,
  flags: ALL_SHOWN,
  dataUpdateReady: false,
  search: '',
  sort: 'date',
  hoveredId: null,
  focusedId: null,
  dialog: null,
  listOpen: false,
  notice: null,
  viewResetToken: 0,
  playing: false,
  speed: 1,
  loop: false,
  blackout: false,
  tourIndex: -1,
  attract: false,
  systemTheme: null,
  announcement: { text: '', at: 0 },

  hydrate: (state, defaultLang, flags = ALL_SHOWN) => {
    const lang = state.lang ?? defaultLang;
    const home = { ...state, lang, partner: null, year: null, fields: null };
    set({ ...state, lang, home, flags, hydrated: true });
  },
  select: (partner) => set({ partner }),
  hover: (hoveredId) => set({ hoveredId }),
  setFocused: (focusedId) => set({ focusedId }),
  setYear: (year) => set({ year }),
  setFields: (fields) => set({ fields }),
  toggleField: (id, allIds) =>
    set(({ fields }) => {
      const on = fields ?? allIds;
      const next = on.includes(id) ? on.filter((f) => f !== id) : [...on, id];
      return { fields: next.length === allIds.length ? null : next };
    }),
  soloField: (id, allIds) =>
    set(({ fields }) => ({
      fields: fields?.length === 1 && fields[0] === id ? null : allIds.includes(id) ? [id] : fields,
    })),
  setLang: (lang) => set({ lang }),
  setProjection: (projection) => set({ projection }),
  setTheme: (theme) => set({ theme }),
  setSearch: (search) => set({ search }),
  setSort: (sort) => set({ sort }),
  openDialog: (dialog) => set({ dialog }),
  setListOpen: (listOpen) => set({ listOpen }),
  setNotice: (notice) => set({ notice }),
  resetView: () => set(({ viewResetToken }) => ({ viewResetToken: viewResetToken + 1 })),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  setLoop: (loop) => set({ loop }),
  setBlackout: (blackout) => set({ blackout }),
  setTourIndex: (tourIndex) => set({ tourIndex }),
  setAttract: (attract) => set({ attract }),
  announce: (text) => set({ announcement: { text, at: Date.now() } }),
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
}));

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

/** The theme in force: the URL's, else the mode's default (dark for presenters), else the OS's. */
export function effectiveTheme(s: Pick<UiState, 'theme' | 'mode' | 'systemTheme'>): Theme {
  return (
    s.theme ?? s.systemTheme ?? (s.mode === 'present' || s.mode === 'console' ? 'dark' : 'light')
  );
}
