import { lazy, useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '@/api/config';
import { LazyPart } from '@/components/ui/lazy-part';
import { afterFirstView } from '@/lib/map-settled';
import { withStrings } from '@/i18n/i18n';
import { usePartners } from '@/hooks/use-partners';
import { useUiStore } from '@/stores/ui-store';
import { useContextLosses } from '../hooks/use-context-losses';
import { useNoEscape } from '../hooks/use-no-escape';
import { useOperatorTaps } from '../hooks/use-operator-taps';
import { landing } from '../lib/landing';
import '../kiosk.css';
import './kiosk-layer.css';

// The idle reset and self-healing act over seconds to hours: they load a second after the first
// view is on screen, never competing with it. The attract loop and the staff's view load when first
// shown (issue 19: not on the first view; the offline cache holds them).
const KioskCare = lazy(() =>
  afterFirstView.then(() => import('./kiosk-care')).then((m) => ({ default: m.KioskCare })),
);
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
  const { dimAfterMinutes } = config.kiosk;
  const attract = useUiStore((s) => s.attract);
  const healthParam = useUiStore((s) => s.health);
  const [healthDismissed, setHealthDismissed] = useState(false);
  const [tapped, closeTapped] = useOperatorTaps();
  const [dismissing, setDismissing] = useState(false);
  const [countdown, setCountdown] = useState(false);
  const wakeRef = useRef(() => undefined);

  useEffect(() => {
    // A self-healing reload lands straight back in the attract loop.
    if (landing.attract) useUiStore.getState().setAttract(true);
  }, []);
  useNoEscape();
  useContextLosses();

  const startOver = () => {
    wakeRef.current();
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

  const operatorOpen = tapped || (healthParam && !healthDismissed);
  return (
    <>
      <button type="button" className="start-over" onClick={startOver} inert={countdown}>
        {t('kiosk.startOver')}
      </button>
      <LazyPart>
        <KioskCare startOver={startOver} onCountdown={setCountdown} wakeRef={wakeRef} />
      </LazyPart>
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
