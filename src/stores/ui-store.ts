import { create } from 'zustand';
import { EMPTY_URL_STATE, type UrlState } from '@/lib/url/url-state';
import type { Speed } from '@/lib/timeline/playback';
import type { Lang } from '@/types/partner';

import type { SortKey } from '@/lib/partners/sort';
export type { SortKey };

interface UiState extends Omit<UrlState, 'lang'> {
  lang: Lang;
  /** True once the URL has been read into the store. */
  hydrated: boolean;
  search: string;
  sort: SortKey;
  hoveredId: string | null;
  aboutOpen: boolean;
  listOpen: boolean;
  notice: string | null;
  playing: boolean;
  speed: Speed;
  loop: boolean;
  /** The latest message for the one shared polite live region. */
  announcement: { text: string; at: number };
  /** Bumped to ask the map to return to its initial view. */
  viewResetToken: number;

  hydrate: (state: UrlState, defaultLang: Lang) => void;
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
  setYear: (year: number | null) => void;
  setFields: (fields: string[] | null) => void;
  toggleField: (id: string, allIds: readonly string[]) => void;
  soloField: (id: string, allIds: readonly string[]) => void;
  setLang: (lang: Lang) => void;
  setProjection: (projection: UrlState['projection']) => void;
  setSearch: (search: string) => void;
  setSort: (sort: SortKey) => void;
  setAboutOpen: (open: boolean) => void;
  setListOpen: (open: boolean) => void;
  setNotice: (notice: string | null) => void;
  resetView: () => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: Speed) => void;
  setLoop: (loop: boolean) => void;
  announce: (text: string) => void;
}

export const useUiStore = create<UiState>()((set) => ({
  ...EMPTY_URL_STATE,
  lang: 'vi',
  hydrated: false,
  search: '',
  sort: 'date',
  hoveredId: null,
  aboutOpen: false,
  listOpen: false,
  notice: null,
  viewResetToken: 0,
  playing: false,
  speed: 1,
  loop: false,
  announcement: { text: '', at: 0 },

  hydrate: (state, defaultLang) =>
    set({ ...state, lang: state.lang ?? defaultLang, hydrated: true }),
  select: (partner) => set({ partner }),
  hover: (hoveredId) => set({ hoveredId }),
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
  setSearch: (search) => set({ search }),
  setSort: (sort) => set({ sort }),
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
  setListOpen: (listOpen) => set({ listOpen }),
  setNotice: (notice) => set({ notice }),
  resetView: () => set(({ viewResetToken }) => ({ viewResetToken: viewResetToken + 1 })),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  setLoop: (loop) => set({ loop }),
  announce: (text) => set({ announcement: { text, at: Date.now() } }),
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
  };
}
