import { useEffect, useRef, useState } from 'react';
import { useUiStore } from '@/stores/ui-store';

export type Snap = 'peek' | 'half' | 'full';
export const SNAPS: readonly Snap[] = ['peek', 'half', 'full'];

/**
 * Which dock panel is shown (tabs; the first by default), whether a folded dock is open, and how
 * far a bottom sheet is pulled up. While a partner is open, a sheet drops to its peek height so
 * the partner's own sheet sits on the map; it returns where it was when the partner closes.
 */
export function useDockState(first: string) {
  const [active, setActive] = useState(first);
  const [unfolded, setUnfolded] = useState(false);
  // A `?partner=` link opens with the partner's sheet up.
  const [snap, setSnap] = useState<Snap>(() => (useUiStore.getState().partner ? 'peek' : 'half'));
  const before = useRef<Snap | null>(useUiStore.getState().partner ? 'half' : null);
  useEffect(
    () =>
      useUiStore.subscribe((s, prev) => {
        if (s.partner && !prev.partner) {
          setSnap((current) => {
            before.current ??= current;
            return 'peek';
          });
        } else if (!s.partner && prev.partner && before.current) {
          setSnap(before.current);
          before.current = null;
        }
      }),
    [],
  );
  /** Shows a panel wherever the layout put it (the skip link's target, a tab, a fold button). */
  const reveal = (id: string) => {
    setActive(id);
    setUnfolded(true);
    setSnap((s) => (s === 'peek' ? 'half' : s));
  };
  return { active, setActive, unfolded, setUnfolded, snap, setSnap, reveal };
}

export type DockState = ReturnType<typeof useDockState>;
