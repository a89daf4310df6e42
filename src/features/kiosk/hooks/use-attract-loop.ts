import { useEffect } from 'react';
import { dateSortKey } from '@/lib/schema/dates';
import { TIME_SCALE } from '@/lib/testing-hooks/time-scale';
import { useUiStore } from '@/stores/ui-store';
import { usePartners } from '@/hooks/use-partners';
import { useKioskHealth } from '../stores/kiosk-health-store';

const TOUR_STEP_MS = 6000;
const TOUR_LENGTH = 6;

/**
 * The attract loop's timeline: from the first year at 2×, through the store's actions (automatic
 * moves: announced, no notice). Resolves when playback ends or attract stops.
 */
export function playTimeline(): Promise<void> {
  return new Promise<void>((resolve) => {
    const store = useUiStore.getState();
    store.select(null);
    store.setSpeed(2);
    store.changeYear(null, 'auto');
    store.setPlaying(true);
    const unsubscribe = useUiStore.subscribe(
      (s) => s.playing && s.attract,
      (on) => {
        if (on) return;
        unsubscribe();
        resolve();
      },
    );
  });
}

/**
 * While attract is on: play the timeline, then tour the newest partners, and again. Playback runs in
 * the app's controller (mounted with or without the timeline); every move is an automatic one.
 */
export function useAttractLoop() {
  const { partners } = usePartners();
  const attract = useUiStore((s) => s.attract);
  useEffect(() => {
    if (!attract) return;
    let cancelled = false;
    const timers: number[] = [];
    const wait = (ms: number) =>
      new Promise<void>((resolve) => timers.push(window.setTimeout(resolve, ms * TIME_SCALE)));
    const tour = [...partners]
      .filter((p) => p.date)
      .sort((a, b) => dateSortKey(b.date) - dateSortKey(a.date));

    void (async () => {
      let offset = 0;
      while (!cancelled) {
        await playTimeline();
        if (cancelled) return;
        for (let i = 0; i < TOUR_LENGTH && !cancelled; i++) {
          const p = tour[(offset + i) % tour.length];
          if (p) useUiStore.getState().reveal(p.id);
          await wait(TOUR_STEP_MS);
        }
        offset += TOUR_LENGTH;
        useKioskHealth.getState().countAttractCycle();
        // Soak-test hook: completed attract cycles.
        window.__attractCycles = (window.__attractCycles ?? 0) + 1;
        if (cancelled) return;
        useUiStore.getState().select(null);
        useUiStore.getState().resetView();
        await wait(1500);
      }
    })();
    return () => {
      cancelled = true;
      timers.forEach((t) => window.clearTimeout(t));
      useUiStore.getState().setPlaying(false);
    };
  }, [attract, partners]);
}

declare global {
  interface Window {
    __attractCycles?: number;
  }
}
