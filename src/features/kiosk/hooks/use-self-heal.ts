import { useEffect } from 'react';
import { TIME_SCALE } from '@/lib/testing-hooks/time-scale';
import { useUiStore } from '@/stores/ui-store';
import { reloadIntoAttract } from '../lib/reload-into-attract';
import { contextLosses } from '../lib/context-losses';
import { lossesWithin, useKioskHealth } from '../stores/kiosk-health-store';

const CHECK_MS = 1000;
const HOUR_MS = 3_600_000;
/** This many WebGL context losses within an hour call for a reload. */
const LOSSES_FOR_RELOAD = 3;

/** True when a fresh page would serve better than this one: after `reloadHours`, or a flaky GPU. */
export function reloadDue(reloadHours: number, now = performance.now()): boolean {
  const hour = HOUR_MS * TIME_SCALE;
  return now >= reloadHours * hour || lossesWithin(contextLosses, now, hour) >= LOSSES_FOR_RELOAD;
}

/**
 * Reloads the page when one is due (losses are counted by use-context-losses), during the attract loop only:
 * never in front of a visitor. The page comes back straight into the attract loop.
 */
export function useSelfHeal(reloadHours: number) {
  useEffect(() => {
    const check = () => {
      const { attract } = useUiStore.getState();
      if (attract && reloadDue(reloadHours))
        void reloadIntoAttract(useKioskHealth.getState().reloads);
    };
    const timer = window.setInterval(check, CHECK_MS * Math.max(TIME_SCALE, 0.1));
    const unsubscribe = useUiStore.subscribe((s, prev) => s.attract && !prev.attract && check());
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, [reloadHours]);
}
