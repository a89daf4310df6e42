import { lazy, useCallback, useEffect, type RefObject } from 'react';
import { useConfig } from '@/api/config';
import { LazyPart } from '@/components/ui/lazy-part';
import { useModeProfile } from '@/hooks/use-mode-profile';
import { withStrings } from '@/i18n/i18n';
import { selectProfile, useUiStore } from '@/stores/ui-store';
import { IDLE_DIALOG_CLASS, useIdleReset } from '../hooks/use-idle-reset';
import { useSelfHeal } from '../hooks/use-self-heal';
import { reloadIntoAttract } from '../lib/reload-into-attract';
import { useKioskHealth } from '../stores/kiosk-health-store';

// The countdown loads when first shown; a visitor's first touch warms it.
const loadCountdown = withStrings(
  () => import('./countdown-dialog').then((m) => ({ default: m.CountdownDialog })),
  'kiosk',
);
const CountdownDialog = lazy(loadCountdown);

interface Props {
  /** The layer's Start over. */
  startOver: () => void;
  /** Tells the layer whether the countdown shows (its Start over is inert behind it). */
  onCountdown: (shown: boolean) => void;
  /** Set here to "keep looking", for the layer's Start over. */
  wakeRef: RefObject<() => void>;
}

/**
 * The kiosk's care over time, loaded once the first view is on screen (issue 19): the two-stage
 * idle with its countdown, and the self-healing reload.
 */
export function KioskCare({ startOver, onCountdown, wakeRef }: Props) {
  const config = useConfig();
  const profile = useModeProfile();
  const { settleSeconds, reloadHours } = config.kiosk;
  const idleSeconds = useUiStore((s) => s.idle) ?? config.kiosk.idleSeconds;
  const attract = useUiStore((s) => s.attract);

  useEffect(() => {
    const warm = () => void loadCountdown().catch(() => undefined);
    window.addEventListener('pointerdown', warm, { once: true, capture: true });
    window.addEventListener('keydown', warm, { once: true, capture: true });
    return () => {
      window.removeEventListener('pointerdown', warm, { capture: true });
      window.removeEventListener('keydown', warm, { capture: true });
    };
  }, []);

  const onTimeout = useCallback(() => {
    const store = useUiStore.getState();
    store.resetToHome();
    useKioskHealth.getState().countReset();
    // A newer data file waits for the reset, never for a visitor mid-visit; the URL is home again.
    if (selectProfile(store).updatesAtReset && store.dataUpdateReady)
      void reloadIntoAttract(useKioskHealth.getState().reloads);
    else store.setAttract(true);
  }, []);
  const { phase, remaining, keepLooking } = useIdleReset({
    enabled: profile.idleReset,
    idleSeconds,
    settleSeconds,
    onTimeout,
  });
  useSelfHeal(reloadHours);

  const countdown = phase === 'countdown' && !attract;
  useEffect(() => {
    wakeRef.current = keepLooking;
  }, [wakeRef, keepLooking]);
  useEffect(() => onCountdown(countdown), [onCountdown, countdown]);

  return (
    countdown && (
      <LazyPart>
        <CountdownDialog
          className={IDLE_DIALOG_CLASS}
          remaining={remaining}
          onKeepLooking={keepLooking}
          onStartOver={startOver}
        />
      </LazyPart>
    )
  );
}
