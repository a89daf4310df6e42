import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleFullscreen } from '../hooks/use-presenter-keys';

const subscribe = (notify: () => void) => {
  document.addEventListener('fullscreenchange', notify);
  return () => document.removeEventListener('fullscreenchange', notify);
};

export function FullscreenButton() {
  const { t } = useTranslation();
  const full = useSyncExternalStore(subscribe, () => Boolean(document.fullscreenElement));
  return (
    <button
      type="button"
      className="text-button"
      data-tool="fullscreen"
      aria-pressed={full}
      onClick={toggleFullscreen}
    >
      <span className="tool-label">{t('presenter.fullscreen')}</span>
    </button>
  );
}
