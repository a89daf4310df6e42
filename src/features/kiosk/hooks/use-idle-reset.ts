import { useEffect, useRef, useState } from 'react';
import { selectProfile, useUiStore } from '@/stores/ui-store';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const TICK_MS = 250;

export type IdlePhase = 'active' | 'countdown';

/** After `idleSeconds` without input, counts down min(10, idle/3) s, then resets to home and starts the attract loop. */
export function useIdleReset(idleSeconds: number, enabled: boolean) {
  const [phase, setPhase] = useState<IdlePhase>('active');
  const [remaining, setRemaining] = useState(0);
  const lastInput = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    lastInput.current = Date.now();
    const countdownMs = Math.min(10, idleSeconds / 3) * 1000;
    const onInput = () => {
      lastInput.current = Date.now();
      setPhase('active');
    };
    for (const type of INPUT_EVENTS)
      window.addEventListener(type, onInput, { capture: true, passive: true });
    // A sleeping screen that wakes counts as new input, not as a long idle.
    const onVisible = () => document.visibilityState === 'visible' && onInput();
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(() => {
      const store = useUiStore.getState();
      if (store.attract) return;
      const idleFor = Date.now() - lastInput.current;
      if (idleFor < idleSeconds * 1000) return;
      const left = idleSeconds * 1000 + countdownMs - idleFor;
      if (left > 0) {
        setPhase('countdown');
        setRemaining(Math.ceil(left / 1000));
        return;
      }
      setPhase('active');
      store.resetToHome();
      // A newer data file waits for the reset, never for a visitor mid-visit; the URL is home again.
      if (selectProfile(store).updatesAtReset && store.dataUpdateReady) {
        window.location.reload();
        return;
      }
      store.setAttract(true);
    }, TICK_MS);
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [idleSeconds, enabled]);

  return { phase, remaining };
}
