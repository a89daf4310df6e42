import type { Projection, Theme } from '@/lib/url/url-state';
import type { Lang } from '@/types/partner';
import type { Slice } from './types';

/** The app's dialogs; one at a time. */
export type DialogId = 'about' | 'help' | 'share' | 'phone';

export interface ViewSlice {
  lang: Lang;
  projection: Projection;
  theme: Theme | null;
  /** Theme from the OS (prefers-contrast / forced-colors) when the URL names none. */
  systemTheme: Theme | null;
  dialog: DialogId | null;
  listOpen: boolean;
  /** A short visible notice (the toast). */
  notice: string | null;
  /** The latest message for the one shared polite live region. */
  announcement: { text: string; at: number };
  /** Bumped to ask the map to return to its initial view. */
  viewResetToken: number;
  /** Presenter black screen. */
  blackout: boolean;
  setLang: (lang: Lang) => void;
  setProjection: (projection: Projection) => void;
  setTheme: (theme: Theme | null) => void;
  openDialog: (dialog: DialogId | null) => void;
  setListOpen: (open: boolean) => void;
  setNotice: (notice: string | null) => void;
  announce: (text: string) => void;
  resetView: () => void;
  setBlackout: (blackout: boolean) => void;
}

export const viewSlice: Slice<ViewSlice> = (set) => ({
  lang: 'vi',
  projection: 'mercator',
  theme: null,
  systemTheme: null,
  dialog: null,
  listOpen: false,
  notice: null,
  announcement: { text: '', at: 0 },
  viewResetToken: 0,
  blackout: false,
  setLang: (lang) => set({ lang }),
  setProjection: (projection) => set({ projection }),
  setTheme: (theme) => set({ theme }),
  openDialog: (dialog) => set({ dialog }),
  setListOpen: (listOpen) => set({ listOpen }),
  setNotice: (notice) => set({ notice }),
  announce: (text) => set({ announcement: { text, at: Date.now() } }),
  resetView: () => set(({ viewResetToken }) => ({ viewResetToken: viewResetToken + 1 })),
  setBlackout: (blackout) => set({ blackout }),
});
