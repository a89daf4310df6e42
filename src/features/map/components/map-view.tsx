import { Map as ReactMap, type MapRef } from '@vis.gl/react-maplibre';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_PALETTES } from '@/config/map-theme';
import type { AppConfig } from '@/lib/schema/config-schema';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';
import { loadSovereignty, loadWorld } from '../engine/basemap';
import { mapLib } from '../engine/map-lib';
import { MapEngine } from '../engine/map-engine';
import { buildMapStyle } from '../engine/map-style';
import { buildPartnerFeatures } from '../engine/partner-features';
import { prefersReducedMotion } from '../hooks/use-reduced-motion';
import { MapControls } from './map-controls';
import { useMapDescription } from '../hooks/use-map-description';

interface Props {
  config: AppConfig;
  partners: readonly Partner[];
  describe: (id: string) => string;
}

declare global {
  interface Window {
    /** Test and benchmark hook: the live map and its readiness marks. */
    __partnerMap?: {
      map: unknown;
      marks: Record<string, number>;
      setYear: (year: number | null) => void;
    };
  }
}

/** MapLibre's own hint texts in the UI language (the embed's cooperative-gesture hint). */
function gestureHints(t: (key: string) => string): Record<string, string> {
  return {
    'CooperativeGesturesHandler.WindowsHelpText': t('map.gestureWindows'),
    'CooperativeGesturesHandler.MacHelpText': t('map.gestureMac'),
    'CooperativeGesturesHandler.MobileHelpText': t('map.gestureMobile'),
  };
}

/** Map type and strokes follow the page's root font size, which grows on 4K and presenter screens. */
function typeScale(): number {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return Math.min(2.2, Math.max(1, root / 16));
}

/** The map region: MapLibre via react-maplibre, driven by a plain-TS engine kept out of React state. */
export function MapView({ config, partners, describe }: Props) {
  const { t } = useTranslation();
  const mapRef = useRef<MapRef>(null);
  const engineRef = useRef<MapEngine | null>(null);
  const describeRef = useRef(describe);
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState(false);
  const description = useMapDescription(partners);
  const features = useMemo(() => buildPartnerFeatures(partners, config), [partners, config]);
  // The style is built once; later changes go through the engine, never a style reload.
  const [style] = useState(() =>
    buildMapStyle({
      palette: MAP_PALETTES.light,
      lang: useUiStore.getState().lang,
      homeCountryIds: config.home.basemapCountryIds,
      scale: typeScale(),
    }),
  );

  useEffect(() => {
    describeRef.current = describe;
  }, [describe]);

  useEffect(() => {
    if (loaded) engineRef.current?.setPartners(features);
  }, [features, loaded]);

  useEffect(() => () => engineRef.current?.destroy(), []);

  function onLoad() {
    const map = mapRef.current?.getMap();
    if (!map) return;
    const marks: Record<string, number> = { load: performance.now() };
    window.__partnerMap = { map, marks, setYear: (year) => useUiStore.getState().setYear(year) };
    engineRef.current = new MapEngine(map, {
      home: config.home.coordinates,
      homeName: config.home.name,
      describe: (id) => describeRef.current(id),
      panelPlacement: () =>
        useUiStore.getState().partner ? (window.innerWidth < 720 ? 'bottom' : 'side') : 'none',
      reducedMotion: prefersReducedMotion,
    });
    engineRef.current.jumpHome();
    setLoaded(true);
    void Promise.all([loadWorld(), loadSovereignty()])
      .then(([world, sovereignty]) => {
        engineRef.current?.setBasemap(world.land, world.borders);
        engineRef.current?.setSovereignty(sovereignty);
        map.once('idle', () => (marks.ready = performance.now()));
      })
      .catch((error: unknown) => console.error(error));
  }

  return (
    <section
      className="map-region"
      aria-label={t('map.label')}
      aria-describedby="map-description"
      data-testid="map"
    >
      <p id="map-description" className="visually-hidden">
        {description}
      </p>
      {failed ? (
        <p className="map-fallback" role="note">
          {t('errors.webgl')}
        </p>
      ) : (
        <ReactMap
          ref={mapRef}
          mapLib={mapLib}
          mapStyle={style}
          onLoad={onLoad}
          onError={(e) => {
            if (/webgl/i.test(String(e.error?.message))) setFailed(true);
            else console.error(e.error);
          }}
          cooperativeGestures={useUiStore.getState().mode === 'embed'}
          locale={gestureHints(t)}
          dragRotate={false}
          pitchWithRotate={false}
          touchPitch={false}
          maxPitch={0}
          attributionControl={false}
          renderWorldCopies
          style={{ position: 'absolute', inset: 0 }}
        >
          {loaded && <MapControls />}
        </ReactMap>
      )}
    </section>
  );
}
