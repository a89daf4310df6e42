import { contentLangOf } from '@/lib/i18n/languages';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Direction } from '@/lib/geo/pick-direction';
import { useTranslation } from 'react-i18next';
import { FONT_BOLD, FONT_REGULAR, MAP_PALETTES, SOURCE_IDS as S } from '@/config/map-theme';
import { countryName } from '@/lib/format/countries';
import { isGroupId } from '../engine/group-layers';
import { useConfig } from '@/api/config';
import { useModeProfile } from '@/hooks/use-mode-profile';
import { usePartners } from '@/hooks/use-partners';
import { useUiStore } from '@/stores/ui-store';
import { loadSovereignty, loadWorld } from '../engine/basemap';
import { MapEngine } from '../engine/map-engine';
import { hitRadius, typeScale } from '../engine/map-scale';
import { fillInChunks } from '../engine/chunked-source';
import { buildMapStyle } from '../engine/map-style';
import { buildPartnerFeatures, deriveArcs, nativeLabels } from '../engine/partner-features';
import { loadNameFonts } from '@/lib/fonts/load-name-fonts';
import { nextTask } from '@/lib/async/next-task';
import { prefersReducedMotion } from '../hooks/use-reduced-motion';
import { useDescribePartner, useTooltipNative } from '../hooks/use-describe-partner';
import { reportEmbedError } from '@/lib/embed/report-error';
import { takeMapPick } from '@/lib/map-pick';
import { MapControls } from './map-controls';
import { MapDescription } from './map-description';
import { EdgeChips } from './edge-chips';
import { GroupList } from './group-list';
import type { GroupListWatch } from '../engine/group-actions';
import type { OffscreenWatch } from '../engine/offscreen';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { MapCanvas } from './map-canvas';
import { markMapSettled } from '@/lib/map-settled';
import './map-view.css';

declare global {
  interface Window {
    /** Test and benchmark hook: the live map and its readiness marks. */
    __partnerMap?: {
      map: unknown;
      marks: Record<string, number>;
      setYear: (year: number | null) => void;
      /** Other MapLibre maps on screen (insets); empty when there are none. */
      insets: unknown[];
    };
  }
}

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** True when this browser can create a WebGL context at all. */
function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
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

/** The map region: MapLibre in a MapCanvas, driven by a plain-TS engine kept out of React state. */
export function MapView() {
  const { t } = useTranslation();
  const config = useConfig();
  const { partners } = usePartners();
  const profile = useModeProfile();
  const describe = useDescribePartner();
  const mapRef = useRef<MaplibreMap | null>(null);
  const engineRef = useRef<MapEngine | null>(null);
  const describeRef = useRef(describe);
  const native = useTooltipNative();
  const nativeRef = useRef(native);
  const [loaded, setLoaded] = useState(false);
  // The engine's off-screen watcher (plain TS), for the edge chips.
  const [offscreen, setOffscreen] = useState<OffscreenWatch | null>(null);
  const [groupList, setGroupList] = useState<GroupListWatch | null>(null);
  const [failed, setFailed] = useState(() => !hasWebGL());
  const [contextLost, setContextLost] = useState(false);
  useEffect(() => {
    if (failed) markMapSettled();
    if (failed && profile.reportErrorsToHost) {
      reportEmbedError('webgl', 'WebGL is unavailable', config.embed.allowedOrigins);
    }
  }, [failed, config, profile]);
  // The style is built once; later changes go through the engine, never a style reload.
  const [scale] = useState(() => typeScale(profile));
  const [style] = useState(() =>
    buildMapStyle({
      palette: MAP_PALETTES.light,
      lang: contentLangOf(useUiStore.getState().lang),
      homeCountryIds: config.home.basemapCountryIds,
      scale,
    }),
  );

  useEffect(() => {
    describeRef.current = describe;
    nativeRef.current = native;
  }, [describe, native]);

  useEffect(() => {
    if (!loaded) return;
    let current = true;
    void (async () => {
      // A large new sheet's arcs are derived over several tasks, not in the one that rendered it.
      await deriveArcs(partners, config.home.coordinates);
      if (!current) return;
      const features = buildPartnerFeatures(partners, config);
      // The labels' own-script faces load first: MapLibre draws a glyph once, in whatever font is
      // ready when it asks, and keeps it.
      await loadNameFonts(nativeLabels(features));
      await nextTask();
      if (current) engineRef.current?.setPartners(features);
    })();
    return () => {
      current = false;
    };
  }, [partners, config, loaded]);

  useEffect(() => () => engineRef.current?.destroy(), []);

  function onMapKey(e: KeyboardEvent<HTMLElement>) {
    if (e.target !== e.currentTarget) return;
    const engine = engineRef.current;
    const map = mapRef.current;
    if (!engine || !map) return;
    const store = useUiStore.getState();
    const direction = ARROWS[e.key];
    if (direction) {
      e.preventDefault();
      const id = engine.moveFocus(direction);
      if (id) store.announce(engine.describe(id));
    } else if (e.key === 'Enter' && store.focusedId) {
      e.preventDefault();
      if (isGroupId(store.focusedId)) engine.openGroup(store.focusedId);
      else store.select(store.focusedId);
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      map.zoomIn();
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      map.zoomOut();
    }
  }

  function onLoad(map: MaplibreMap) {
    mapRef.current = map;
    const marks: Record<string, number> = { load: performance.now() };
    window.__partnerMap = {
      map,
      marks,
      setYear: (year) => useUiStore.getState().changeYear(year, 'auto'),
      insets: [],
    };
    engineRef.current = new MapEngine(map, {
      home: config.home.coordinates,
      homeName: config.home.name,
      describe: (id) => describeRef.current(id),
      nativeNames: (id) => nativeRef.current(id),
      // The shell says where the details panel sits (data-panel, layout-class.ts).
      panelPlacement: () =>
        useUiStore.getState().partner
          ? document.documentElement.dataset.panel === 'bottom'
            ? 'bottom'
            : 'side'
          : 'none',
      reducedMotion: prefersReducedMotion,
      hitRadius: hitRadius(profile, scale),
      countryName: (code, lang) => countryName(code, lang, config.countryNames),
      scale,
      worldFill: profile.worldFill,
      markersAcross: () =>
        profile.portraitFitsMarkers && document.documentElement.dataset.layout === 'portrait',
      font: { regular: FONT_REGULAR, bold: FONT_BOLD },
    });
    engineRef.current.jumpHome();
    setOffscreen(engineRef.current.offscreen);
    setGroupList(engineRef.current.groupList);
    // The region is the keyboard target (arrows move between partners); the canvas is not a second tab stop.
    // Pinch zooms; it never rotates.
    map.touchZoomRotate.disableRotation();
    map.on('click', (e) => takeMapPick([e.lngLat.lng, e.lngLat.lat]));
    map.getCanvas().setAttribute('tabindex', '-1');
    map.getCanvas().removeAttribute('role');
    map.getCanvas().setAttribute('aria-hidden', 'true');
    // MapLibre rebuilds its GPU resources on restore; sources and state stay in the style.
    map.on('webglcontextlost', () => {
      setContextLost(true);
      useUiStore.getState().announce(t('map.restoring'));
    });
    map.on('webglcontextrestored', () => {
      setContextLost(false);
      map.once('idle', () => engineRef.current?.restoreState());
      map.triggerRepaint();
    });
    setLoaded(true);
    // The partners are laid out once the basemap's fixed names are known (a small file), not
    // after the whole world is drawn; the world's hand-over to MapLibre is a task of its own.
    const sovereignty = loadSovereignty();
    void sovereignty.catch(() => null).then((data) => engineRef.current?.setFixedLabels(data));
    void Promise.all([loadWorld(), sovereignty])
      .then(async ([world, data]) => {
        // Not in the task that built the world from its topology.
        await nextTask();
        await fillInChunks(map, S.land, world.land, () => engineRef.current?.reveal.land());
        await fillInChunks(map, S.borders, world.borders, () =>
          engineRef.current?.reveal.borders(),
        );
        await nextTask();
        engineRef.current?.setSovereignty(data);
        map.once('idle', () => {
          marks.ready = performance.now();
          markMapSettled();
        });
      })
      .catch((error: unknown) => {
        console.error(error);
        markMapSettled();
      });
  }

  // The map is a composite widget: arrow keys move a focus ring between partners, Enter opens one.
  /* eslint-disable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */
  return (
    <div
      className="map-region"
      role="application"
      aria-roledescription={t('map.roleDescription')}
      aria-label={t('map.label')}
      aria-describedby="map-description"
      data-testid="map"
      tabIndex={0}
      onKeyDown={onMapKey}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) useUiStore.getState().setFocused(null);
      }}
    >
      <MapDescription />
      {contextLost && <p className="map-restoring">{t('map.restoring')}</p>}
      {failed ? (
        <p className="map-fallback" role="note">
          {t('errors.webgl')}
        </p>
      ) : (
        <MapCanvas
          options={{
            style,
            cooperativeGestures: profile.cooperativeGestures,
            locale: gestureHints(t),
            keyboard: false,
            dragRotate: false,
            pitchWithRotate: false,
            touchPitch: false,
            maxPitch: 0,
            attributionControl: false,
            renderWorldCopies: false,
          }}
          onLoad={onLoad}
          onError={(error) => {
            if (/webgl/i.test(String((error as Error | undefined)?.message))) setFailed(true);
            else console.error(error);
          }}
        >
          {loaded && <MapControls />}
          {offscreen && (
            <EdgeChips
              subscribe={offscreen.subscribe}
              flyTo={(side) => offscreen.flyTo(side, prefersReducedMotion())}
              drawnIn={offscreen.drawnIn}
              onIdle={offscreen.onIdle}
            />
          )}
          {groupList && <GroupList subscribe={groupList.subscribe} />}
        </MapCanvas>
      )}
    </div>
  );
  /* eslint-enable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */
}
