import { useTranslation } from 'react-i18next';
import { useModeProfile } from '@/hooks/use-mode-profile';
import { useUiStore } from '@/stores/ui-store';
import { FlatMapIcon, GlobeIcon } from './map-button-icons';
import { useMapInstance } from './map-canvas';
import { PostcardButton } from './postcard-button';

/** Zoom, reset and globe/flat buttons; the text ones become icons where the map is narrow. */
export function MapControls() {
  const { t } = useTranslation();
  const map = useMapInstance();
  const projection = useUiStore((s) => s.projection);
  const setProjection = useUiStore((s) => s.setProjection);
  const resetView = useUiStore((s) => s.resetView);
  const { postcard } = useModeProfile();
  const toGlobe = projection !== 'globe';
  const projectionLabel = toGlobe ? t('map.globe') : t('map.flat');
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
        className="text-button map-text-button"
        aria-pressed={!toGlobe}
        title={projectionLabel}
        onClick={() => setProjection(toGlobe ? 'globe' : 'mercator')}
      >
        {toGlobe ? <GlobeIcon /> : <FlatMapIcon />}
        <span className="map-button-text">{projectionLabel}</span>
      </button>
      {postcard && <PostcardButton />}
    </div>
  );
}
