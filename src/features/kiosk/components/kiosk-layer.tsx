import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '@/api/config';
import { useModeProfile } from '@/hooks/use-mode-profile';
import { useUiStore } from '@/stores/ui-store';
import { useAttractLoop } from '../hooks/use-attract-loop';
import { useIdleReset } from '../hooks/use-idle-reset';
import './kiosk-layer.css';

/** Kiosk chrome: Start over, the idle countdown, and the attract loop with its call to action. */
export function KioskLayer() {
  const { t } = useTranslation();
  const config = useConfig();
  const idle = useUiStore((s) => s.idle) ?? config.kiosk.idleSeconds;
  const attract = useUiStore((s) => s.attract);
  const { phase, remaining } = useIdleReset(idle, useModeProfile().idleReset);
  useAttractLoop();
  const [dismissing, setDismissing] = useState(false);

  useEffect(() => {
    const noMenu = (e: Event) => e.preventDefault();
    window.addEventListener('contextmenu', noMenu);
    return () => window.removeEventListener('contextmenu', noMenu);
  }, []);

  const startOver = () => {
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

  return (
    <>
      <button type="button" className="start-over" onClick={startOver}>
        {t('kiosk.startOver')}
      </button>
      {phase === 'countdown' && !attract && (
        <div className="idle-countdown" role="alertdialog" aria-labelledby="idle-title">
          <p id="idle-title">{t('kiosk.stillThere')}</p>
          <p className="idle-seconds">{t('kiosk.resetIn', { count: remaining })}</p>
          <p>{t('kiosk.touchToStay')}</p>
        </div>
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
          {attract && <p className="attract-cta">{t('kiosk.touchToExplore')}</p>}
        </div>
      )}
    </>
  );
}
