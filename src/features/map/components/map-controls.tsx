import { useTranslation } from 'react-i18next';
import { useModeProfile } from '@/hooks/use-mode-profile';
import { useUiStore } from '@/stores/ui-store';
import { useMapInstance } from './map-canvas';
import { PostcardButton } from './postcard-button';

/** Zoom, reset and globe/flat buttons, with text labels in the UI language. */
export function MapControls() {
  const { t } = useTranslation();
  const map = useMapInstance();
  const projection = useUiStore((s) => s.projection);
  const setProjection = useUiStore((s) => s.setProjection);
  const resetView = useUiStore((s) => s.resetView);
  const { postcard } = useModeProfile();
  return (
    <div className="map-controls">
      <button
        type="button"
        className="icon-button"
        aria-label={t('map.zoomIn')}
        title={t('map.zoomIn')}
        onClick={() => map.zoomIn()}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('map.zoomOut')}
        title={t('map.zoomOut')}
        onClick={() => map.zoomOut()}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('map.resetView')}
        title={t('map.resetView')}
        onClick={resetView}
      >
        <span aria-hidden="true">⌂</span>
      </button>
      <button
        type="button"
        className="text-button"
        aria-pressed={projection === 'globe'}
        onClick={() => setProjection(projection === 'globe' ? 'mercator' : 'globe')}
      >
        {projection === 'globe' ? t('map.flat') : t('map.globe')}
      </button>
      {postcard && <PostcardButton />}
    </div>
  );
}
