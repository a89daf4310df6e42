import { useEffect, useState } from 'react';
import { TIME_SCALE } from '@/lib/testing-hooks/time-scale';
import { useUiStore } from '@/stores/ui-store';

const SHIFT_EVERY_MS = 3 * 60_000;
/** A small orbit of offsets in px: no pixel shows the same thing for hours. */
const SHIFTS: readonly [number, number][] = [
  [3, 1],
  [1, 4],
  [-2, 3],
  [-4, 0],
  [-2, -3],
  [1, -4],
  [3, -2],
  [0, 0],
];

/**
 * During the attract loop: shifts the UI by a few px every few minutes against burn-in (a transform
 * inside a clipped frame, see kiosk.css), and dims after `dimAfterMinutes` until touched.
 */
export function useScreenCare(dimAfterMinutes: number | null): { dimmed: boolean } {
  const attract = useUiStore((s) => s.attract);
  const [dimmed, setDimmed] = useState(false);

  useEffect(() => {
    if (!attract) return;
    const root = document.documentElement;
    let step = 0;
    const shift = window.setInterval(() => {
      const [x, y] = SHIFTS[step++ % SHIFTS.length] ?? [0, 0];
      root.style.setProperty('--kiosk-shift', `${x}px, ${y}px`);
    }, SHIFT_EVERY_MS * TIME_SCALE);
    const dim =
      dimAfterMinutes === null
        ? undefined
        : window.setTimeout(() => setDimmed(true), dimAfterMinutes * 60_000 * TIME_SCALE);
    return () => {
      window.clearInterval(shift);
      window.clearTimeout(dim);
      root.style.removeProperty('--kiosk-shift');
      setDimmed(false);
    };
  }, [attract, dimAfterMinutes]);

  return { dimmed };
}
