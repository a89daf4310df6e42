// Shared by the two benchmark pages (floor, DOM markers), part 2: the map. The app's basemap and
// arcs as plain MapLibre layers, its fonts, its interaction options and its first view.
import type { FeatureCollection, LineString } from 'geojson';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import regular from '@/assets/fonts/be-vietnam-pro-400.woff2?url';
import semibold from '@/assets/fonts/be-vietnam-pro-600.woff2?url';
import unicodeRange from '@/assets/fonts/unicode-range.json';
import {
  Map as MapLibreMap,
  setWorkerUrl,
  type ExpressionSpecification,
  type FilterSpecification,
  type GeoJSONSource,
  type LayerSpecification,
  type StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { FONT_BOLD, FONT_REGULAR } from '@/config/map-theme';
import { homeView } from '@/features/map/engine/camera';
import { here, marks, palette } from './data';

export interface BenchHook {
  map: MapLibreMap;
  marks: Record<string, number>;
  setYear: (year: number | null) => void;
}

/** Sets the same `window.__partnerMap` hook as the app, so the runner drives all pages alike. */
export function expose(hook: BenchHook) {
  (window as unknown as { __partnerMap: BenchHook }).__partnerMap = hook;
}

// The app's two font files and their range (the app declares them in CSS; here MapLibre loads them).
const faces = (url: string) => [{ url: here(url), 'unicode-range': unicodeRange }];

const empty = () => ({
  type: 'geojson' as const,
  data: { type: 'FeatureCollection' as const, features: [] },
});

export const yearFilter = (year: number | null): ExpressionSpecification | null =>
  year === null ? null : ['<=', ['get', 'year'], year];

/** Arc filters for the solid and dashed layers at a year (null: all years). */
export function arcFilters(year: number | null): [FilterSpecification, FilterSpecification] {
  const y = yearFilter(year);
  const solid: ExpressionSpecification = ['!=', ['get', 'dashed'], true];
  const dashed: ExpressionSpecification = ['==', ['get', 'dashed'], true];
  return y
    ? [
        ['all', y, solid],
        ['all', y, dashed],
      ]
    : [solid, dashed];
}

function arcLayer(dashed: boolean): LayerSpecification {
  return {
    id: dashed ? 'arcs-dashed' : 'arcs-solid',
    type: 'line',
    source: 'arcs',
    filter: arcFilters(null)[dashed ? 1 : 0],
    layout: { 'line-cap': dashed ? 'butt' : 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['get', 'color'],
      'line-width': 1.8,
      'line-opacity': 0.8,
      ...(dashed && { 'line-dasharray': [2, 1.5] }),
    },
  };
}

/** The app's basemap (ocean, land, home country, borders), arcs, then `partnerLayers`, then sovereignty on top. */
export function buildStyle(
  homeCountryIds: string[],
  partnerLayers: LayerSpecification[],
): StyleSpecification {
  return {
    version: 8,
    'font-faces': {
      [FONT_REGULAR]: faces(regular),
      [FONT_BOLD]: faces(semibold),
    },
    sources: {
      land: empty(),
      borders: empty(),
      sovereignty: empty(),
      arcs: empty(),
      partners: empty(),
      home: empty(),
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': palette.ocean } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': palette.land } },
      {
        id: 'home-country',
        type: 'fill',
        source: 'land',
        filter: ['in', ['get', 'id'], ['literal', homeCountryIds]],
        paint: { 'fill-color': palette.home },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': palette.border, 'line-width': 0.6 },
      },
      arcLayer(false),
      arcLayer(true),
      ...partnerLayers,
      {
        id: 'sovereignty-islands',
        type: 'circle',
        source: 'sovereignty',
        filter: ['==', ['get', 'kind'], 'island'],
        paint: {
          'circle-color': palette.home,
          'circle-radius': 2.5,
          'circle-stroke-color': palette.homeStroke,
          'circle-stroke-width': 1,
        },
      },
      {
        id: 'sovereignty-labels',
        type: 'symbol',
        source: 'sovereignty',
        filter: ['==', ['get', 'kind'], 'archipelago-label'],
        layout: {
          'text-field': ['get', 'name_vi'],
          'text-font': [FONT_BOLD],
          'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 5, 14],
          'text-max-width': 9,
          'text-anchor': ['match', ['get', 'group'], 'hoang-sa', 'bottom-left', 'top-left'],
          'text-offset': [
            'match',
            ['get', 'group'],
            'hoang-sa',
            ['literal', [0.3, -0.2]],
            ['literal', [0.3, 0.2]],
          ],
          'text-allow-overlap': true,
        },
        paint: {
          'text-color': palette.homeStroke,
          'text-halo-color': palette.labelHalo,
          'text-halo-width': 1.5,
        },
      },
      {
        id: 'sea-label',
        type: 'symbol',
        source: 'sovereignty',
        filter: ['==', ['get', 'kind'], 'sea-label'],
        layout: {
          'text-field': ['get', 'name_vi'],
          'text-font': [FONT_REGULAR],
          'text-size': ['interpolate', ['linear'], ['zoom'], 1, 11, 5, 16],
          'text-letter-spacing': 0.15,
          'text-anchor': 'left',
          'text-offset': [1.2, 0],
          'text-allow-overlap': true,
        },
        paint: {
          'text-color': palette.seaLabel,
          'text-halo-color': palette.ocean,
          'text-halo-width': 1,
        },
      },
    ],
  };
}

/** A map with the app's interaction options; resolves once the style has loaded. */
export function createMap(container: HTMLElement, style: StyleSpecification): Promise<MapLibreMap> {
  setWorkerUrl(here(workerUrl));
  const map = new MapLibreMap({
    container,
    style,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxPitch: 0,
    attributionControl: false,
    renderWorldCopies: true,
  });
  return new Promise((resolve) => map.once('load', () => resolve(map)));
}

/** Jumps to the app's first view: every arc in view. */
export function jumpHome(
  map: MapLibreMap,
  home: [number, number],
  arcs: FeatureCollection<LineString>,
) {
  const lines = arcs.features.map((f) => f.geometry.coordinates as [number, number][]);
  map.jumpTo(homeView(map, home, lines));
}

export function setSource(map: MapLibreMap, id: string, data: FeatureCollection) {
  void map.getSource<GeoJSONSource>(id)?.setData(data);
}

/** Marks `ready` at the first idle once everything is drawn (as the app's hook does). */
export function markReady(map: MapLibreMap) {
  map.once('idle', () => {
    marks.ready = performance.now();
  });
}
