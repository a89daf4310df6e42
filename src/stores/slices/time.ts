import i18next from 'i18next';
import type { Speed } from '@/lib/timeline/playback';
import { changeYear as changeYearRule } from '@/lib/view/rules';
import { yearText } from '@/lib/view/year-text';
import type { ViewYear } from '@/lib/view/year';
import type { Origin, Slice } from './types';

export interface TimeSlice {
  year: ViewYear;
  playing: boolean;
  speed: Speed;
  loop: boolean;
  /** Current step of the presenter tour; -1 before the first. */
  tourIndex: number;
  /**
   * Every year change goes through here (slider, histogram, playback, tour, kiosk, embed, console,
   * URL): a partner signed later is deselected. The visitor's own moves stop playback and show a
   * notice; automatic ones are only announced.
   */
  changeYear: (year: ViewYear, origin: Origin) => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: Speed) => void;
  setLoop: (loop: boolean) => void;
  setTourIndex: (index: number) => void;
}

export const timeSlice: Slice<TimeSlice> = (set, get) => ({
  year: null,
  playing: false,
  speed: 1,
  loop: false,
  tourIndex: -1,
  changeYear: (wanted, origin) => {
    const state = get();
    if (origin === 'visitor' && state.playing) set({ playing: false });
    if (!state.catalog) {
      set({ year: wanted });
      return;
    }
    const { year, partner, notice } = changeYearRule(state, wanted, state.catalog);
    if (year === state.year && partner === state.partner) return;
    set({ year, partner });
    const t = i18next.t.bind(i18next);
    const text = yearText(state.catalog.partners, year, state.fields, t);
    if (!notice) {
      state.announce(text);
      return;
    }
    const said = t('notice.deselected', { name: notice.partner.name[state.lang], year });
    if (origin === 'visitor') set({ notice: said });
    state.announce(`${text}. ${said}`);
  },
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  setLoop: (loop) => set({ loop }),
  setTourIndex: (tourIndex) => set({ tourIndex }),
});
