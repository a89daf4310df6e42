import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { VISITOR_MODES, type ProfileId } from '@/lib/modes/profiles';
import { useUiStore } from '@/stores/ui-store';
import { STUDIO_NS } from '../lib/studio-i18n';
import { useStudioStore } from '../stores/studio-store';

/** While the preview shows, the app takes the chosen visitor mode's profile (the sheet stays in memory). */
export function usePreviewModeInForce(shown: boolean) {
  const mode = useStudioStore((s) => s.previewMode);
  useEffect(() => {
    // The studio's own profile is the web page's: previewing that changes nothing, so switching
    // tabs leaves <html data-mode> alone (a change would restyle the whole document).
    useUiStore.getState().setPreviewMode(shown && mode !== 'web' ? mode : null);
    return () => useUiStore.getState().setPreviewMode(null);
  }, [shown, mode]);
}

/** Which visitor mode the preview shows: whatever the mode profiles offer visitors. */
export function PreviewMode() {
  const { t } = useTranslation(STUDIO_NS);
  const id = useId();
  const mode = useStudioStore((s) => s.previewMode);
  return (
    <div className="studio-preview-mode">
      <label htmlFor={id}>{t('preview.mode')}</label>
      <select
        id={id}
        value={mode}
        onChange={(e) => useStudioStore.getState().setPreviewMode(e.target.value as ProfileId)}
      >
        {VISITOR_MODES.map((m) => (
          <option key={m} value={m}>
            {t(`preview.modes.${m}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
