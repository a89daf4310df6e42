import { reveal as revealRule } from '@/lib/view/rules';
import type { Slice } from './types';

export interface SelectionSlice {
  partner: string | null;
  hoveredId: string | null;
  /** The partner the map's keyboard focus ring is on. */
  focusedId: string | null;
  /** Selects a partner the caller sees (map, list); null closes the panel. */
  select: (id: string | null) => void;
  /** Selects a partner from a link or a host page, changing the year and fields so it shows. False for an unknown id. */
  reveal: (id: string) => boolean;
  hover: (id: string | null) => void;
  setFocused: (id: string | null) => void;
}

export const selectionSlice: Slice<SelectionSlice> = (set, get) => ({
  partner: null,
  hoveredId: null,
  focusedId: null,
  select: (partner) => set({ partner }),
  reveal: (id) => {
    const { catalog } = get();
    if (!catalog) return false;
    const next = revealRule(get(), id, catalog);
    if (next) set(next);
    return next !== null;
  },
  hover: (hoveredId) => set({ hoveredId }),
  setFocused: (focusedId) => set({ focusedId }),
});
