import { lazy, useCallback, useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '@/api/config';
import { LazyPart } from '@/components/ui/lazy-part';
import { useModeProfile } from '@/hooks/use-mode-profile';
import { withStrings } from '@/i18n/i18n';
import { usePartners } from '@/hooks/use-partners';
import { selectProfile, useUiStore } from '@/stores/ui-store';
import { useIdleReset } from '../hooks/use-idle-reset';
import { useNoEscape } from '../hooks/use-no-escape';
import { useOperatorTaps } from '../hooks/use-operator-taps';
import { useSelfHeal } from '../hooks/use-self-heal';
import { landing, reloadIntoAttract } from '../lib/reload-into-attract';
import { useKioskHealth } from '../stores/kiosk-health-store';
import '../kiosk.css';
import './kiosk-layer.css';

// The countdown, the attract loop and the staff's view load when first shown (issue 19: not on the
// first view; the offline cache holds them). A visitor's first touch also warms the countdown.
const loadCountdown = withStrings(
  () => import('./countdown-dialog').then((m) => ({ default: m.CountdownDialog })),
  'kiosk',
);
const CountdownDialog = lazy(loadCountdown);
const loadAttract = () => import('./attract-screen');
const AttractCta = lazy(() => loadAttract().then((m) => ({ default: m.AttractCta })));
const AttractLoop = lazy(() => loadAttract().then((m) => ({ default: m.AttractLoop })));
const OperatorView = lazy(
  withStrings(() => import('./operator-view').then((m) => ({ default: m.OperatorView })), 'kiosk'),
);

/** Kiosk chrome: Start over, the two-stage idle, the attract loop, self-healing, screen care, the operator view. */
export function KioskLayer() {
  const { t } = useTranslation();
  const config = useConfig();
  const { partners } = usePartners();
  const profile = useModeProfile();
  const { settleSeconds, reloadHours, dimAfterMinutes } = config.kiosk;
  const idleSeconds = useUiStore((s) => s.idle) ?? config.kiosk.idleSeconds;
  const attract = useUiStore((s) => s.attract);
  const healthParam = useUiStore((s) => s.health);
  const [healthDismissed, setHealthDismissed] = useState(false);
  const [tapped, closeTapped] = useOperatorTaps();
  const [dismissing, setDismissing] = useState(false);

  useEffect(() => {
    // A self-healing reload lands straight back in the attract loop.
    if (landing.attract) useUiStore.getState().setAttract(true);
  }, []);

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
  useNoEscape();

  const startOver = () => {
    keepLooking();
    useUiStore.getState().resetToHome();
    useUiStore.getState().announce(t('kiosk.startedOver'));
  };

  // The first touch only stops the loop: the layer stays a moment to swallow the click that follows.
  const stopAttract = (e: SyntheticEvent) => {
    e.preventDefault();
    e.stopPropagation();
    if (dismissing) return;
    setDismissing(true);
    useUiStore.getState().setAttract(false);
    useUiStore.getState().resetToHome();
    window.setTimeout(() => setDismissing(false), 450);
  };

  const countdown = phase === 'countdown' && !attract;
  const operatorOpen = tapped || (healthParam && !healthDismissed);
  return (
    <>
      <button type="button" className="start-over" onClick={startOver} inert={countdown}>
        {t('kiosk.startOver')}
      </button>
      {countdown && (
        <LazyPart>
          <CountdownDialog
            remaining={remaining}
            onKeepLooking={keepLooking}
            onStartOver={startOver}
          />
        </LazyPart>
      )}
      {(attract || dismissing) && (
        <div
          className="attract"
          data-testid="attract"
          role="button"
          tabIndex={0}
          aria-label={t('kiosk.touchToExplore')}
          onPointerDown={stopAttract}
          onClick={stopAttract}
          onKeyDown={stopAttract}
        >
          {attract && (
            <LazyPart>
              <AttractCta />
            </LazyPart>
          )}
        </div>
      )}
      {attract && (
        <LazyPart>
          <AttractLoop dimAfterMinutes={dimAfterMinutes} />
        </LazyPart>
      )}
      {operatorOpen && (
        <LazyPart>
          <OperatorView
            dataUpdated={config.dataUpdated}
            partnerCount={partners.length}
            onClose={() => {
              closeTapped();
              setHealthDismissed(true);
            }}
          />
        </LazyPart>
      )}
    </>
  );
}
