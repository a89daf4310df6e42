import { useCallback, useEffect, useRef, useState } from 'react';
import { useUiStore } from '@/stores/ui-store';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const TICK_MS = 250;
/** Input inside this element (the countdown dialog) is handled by its own buttons. */
export const IDLE_DIALOG_CLASS = 'idle-countdown';

export type IdlePhase = 'active' | 'settled' | 'countdown';

interface Options {
  /** Off for modes whose profile has no idle reset. */
  enabled: boolean;
  idleSeconds: number;
  settleSeconds: number;
  /** The countdown ran out: reset and hand over to the attract loop. */
  onTimeout: () => void;
}

/**
 * Two-stage idle. After `settleSeconds` without input (when shorter than `idleSeconds`) the camera
 * eases home, keeping selection, year and filters; after `idleSeconds` a countdown of
 * min(10, idle ÷ 3) s, then `onTimeout`. Any input but the dialog's own buttons starts over.
 */
export function useIdleReset({ enabled, idleSeconds, settleSeconds, onTimeout }: Options) {
  const [phase, setPhase] = useState<IdlePhase>('active');
  const [remaining, setRemaining] = useState(0);
  const lastInput = useRef(0);
  const settled = useRef(false);
  const timeoutRef = useRef(onTimeout);
  useEffect(() => {
    timeoutRef.current = onTimeout;
  }, [onTimeout]);

  const wake = useCallback(() => {
    lastInput.current = Date.now();
    settled.current = false;
    setPhase('active');
  }, []);

  useEffect(() => {
    if (!enabled) return;
    lastInput.current = Date.now();
    settled.current = false;
    // Real time, even under the test-only time scale: tests set short times in config.json or `?idle=`.
    const idleMs = idleSeconds * 1000;
    const settleMs = settleSeconds < idleSeconds ? settleSeconds * 1000 : Infinity;
    const countdownMs = Math.min(10, idleSeconds / 3) * 1000;
    const onInput = (e: Event) => {
      if (e.target instanceof Element && e.target.closest(`.${IDLE_DIALOG_CLASS}`)) return;
      wake();
    };
    for (const type of INPUT_EVENTS)
      window.addEventListener(type, onInput, { capture: true, passive: true });
    // A sleeping screen that wakes counts as new input, not as a long idle.
    const onVisible = () => document.visibilityState === 'visible' && wake();
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(() => {
      const store = useUiStore.getState();
      if (store.attract) return;
      const idleFor = Date.now() - lastInput.current;
      if (idleFor >= settleMs && !settled.current) {
        settled.current = true;
        // Stage one: the camera eases home; the visitor's partner, year and filters stay.
        store.resetView();
        setPhase('settled');
      }
      if (idleFor < idleMs) return;
      const left = idleMs + countdownMs - idleFor;
      if (left > 0) {
        setPhase('countdown');
        setRemaining(Math.ceil(left / 1000));
        return;
      }
      wake();
      timeoutRef.current();
    }, TICK_MS);
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [enabled, idleSeconds, settleSeconds, wake]);

  return { phase, remaining, keepLooking: wake };
}
