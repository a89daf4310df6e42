import { useEffect, useState } from 'react';
import { useModeProfile } from '@/hooks/use-mode-profile';
import { useUiStore } from '@/stores/ui-store';
import { useTranslation } from 'react-i18next';
import { applyDataUpdate, useDataUpdate } from '../register-sw';
import './update-notice.css';

/** A quiet notice when the service worker has newer data than the page shows; reload applies it. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const updated = useDataUpdate();
  const [dismissed, setDismissed] = useState<string | null>(null);
  // Some modes (the kiosk) apply new data at their next reset instead of asking a visitor.
  const { updatesAtReset } = useModeProfile();
  const show = updated !== null && updated !== dismissed && !updatesAtReset;
  useEffect(() => {
    if (show) useUiStore.getState().announce(t('offline.updateAvailable'));
  }, [show, t]);
  return (
    <div className="update-notice-region">
      {show && (
        <div className="update-notice" data-testid="update-notice">
          <span>{t('offline.updateAvailable')}</span>
          <button type="button" className="text-button" onClick={applyDataUpdate}>
            {t('offline.reload')}
          </button>
          <button type="button" className="text-button" onClick={() => setDismissed(updated)}>
            {t('offline.later')}
          </button>
        </div>
      )}
    </div>
  );
}
