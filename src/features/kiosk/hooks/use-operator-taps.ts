import { useEffect, useState } from 'react';

const CORNER_PX = 80;
const TAPS = 5;
const WITHIN_MS = 3000;
const OPEN_MS = 10_000;

/** Five taps in the top-left corner within three seconds: true for ten seconds. */
export function useOperatorTaps(): [open: boolean, close: () => void] {
  const [openedAt, setOpenedAt] = useState<number | null>(null);

  useEffect(() => {
    let taps: number[] = [];
    const onTap = (e: PointerEvent) => {
      if (e.clientX > CORNER_PX || e.clientY > CORNER_PX) return;
      const now = performance.now();
      taps = [...taps.filter((at) => now - at < WITHIN_MS), now];
      if (taps.length < TAPS) return;
      taps = [];
      setOpenedAt(now);
    };
    window.addEventListener('pointerdown', onTap, { capture: true, passive: true });
    return () => window.removeEventListener('pointerdown', onTap, { capture: true });
  }, []);

  useEffect(() => {
    if (openedAt === null) return;
    const timer = window.setTimeout(() => setOpenedAt(null), OPEN_MS);
    return () => window.clearTimeout(timer);
  }, [openedAt]);

  return [openedAt !== null, () => setOpenedAt(null)];
}
