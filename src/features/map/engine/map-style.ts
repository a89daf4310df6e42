import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import {
  FONT_BOLD,
  FONT_REGULAR,
  LAYER_IDS as L,
  SOURCE_IDS as S,
  type MapPalette,
} from '@/config/map-theme';
import { fontStack } from '@/lib/fonts/font-families';
import type { Lang } from '@/types/partner';
import { HIDDEN } from './year-visibility';
import { GROUP_SOURCE, groupLayers, LEADER_SOURCE } from './group-layers';
import { placedTextLayout } from './placed-text';

const empty = (): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
});

export const labelField = (lang: Lang): ExpressionSpecification => [
  'get',
  lang === 'vi' ? 'name_vi' : 'name_en',
];
/** The archipelagos' names, broken into lines by the engine to fit the view (fixed-labels.ts). */
export const fixedLabelField = (lang: Lang): ExpressionSpecification => [
  'get',
  lang === 'vi' ? 'text_vi' : 'text_en',
];
/** From this zoom a partner's own name (its `native` property) is drawn under its name. */
export const NATIVE_NAME_ZOOM = 4;
/**
 * The label font stack for text in `tag`: the map's regular face (MapLibre reads the weight from the
 * first name), then the name files in the order that tag prefers (Han shapes by language).
 */
export const labelStack = (tag: string): string[] => [FONT_REGULAR, ...fontStack(tag).slice(1)];
const nativeFont: ExpressionSpecification = [
  'match',
  ['coalesce', ['get', 'native_lang'], ''],
  ...(['ja', 'zh-Hant'] as const).flatMap((tag) => [tag, ['literal', labelStack(tag)]]),
  ['literal', labelStack('und')],
] as unknown as ExpressionSpecification;
/** The name, and at closer zooms the partner's own name on a second line in its own font. */
export const partnerLabel = (lang: Lang): ExpressionSpecification => [
  'step',
  ['zoom'],
  labelField(lang),
  NATIVE_NAME_ZOOM,
  [
    'case',
    ['has', 'native'],
    ['format', labelField(lang), {}, '\n', {}, ['get', 'native'], { 'text-font': nativeFont }],
    labelField(lang),
  ],
];

/** Signed after the chosen year (see year-visibility.ts): drawn with zero opacity. */
const hidden: ExpressionSpecification = ['boolean', ['feature-state', HIDDEN], false];
/** Feature-state the pulse layer reads: 0 → 1 over the pulse (year-animation.ts). */
export const PULSE = 'pulse';
const pulse: ExpressionSpecification = ['number', ['feature-state', PULSE], 0];
/** Hovered, selected or keyboard-focused: drawn larger, with the focus colour. */
export const highlighted: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'selected'], false],
  ['boolean', ['feature-state', 'focus'], false],
];

export interface StyleOptions {
  palette: MapPalette;
  lang: Lang;
  homeCountryIds: readonly string[];
  /** 1 on laptops; larger on 4K and presenter screens. */
  scale: number;
}

function partnerLayers({ palette, lang, scale }: StyleOptions): LayerSpecification[] {
  const arcPaint = (dashed: boolean): LayerSpecification => ({
    id: dashed ? L.arcsDashed : L.arcsSolid,
    type: 'line',
    source: S.arcs,
    layout: { 'line-cap': dashed ? 'butt' : 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['get', 'color'],
      // Group arcs carry a width by their count (partner-display.ts).
      'line-width': ['*', ['case', highlighted, 4, ['coalesce', ['get', 'width'], 1.8]], scale],
      'line-opacity': ['case', hidden, 0, highlighted, 1, 0.8],
      ...(dashed && { 'line-dasharray': [2, 1.5] }),
    },
  });
  return [
    arcPaint(false),
    arcPaint(true),
    // Arcs of the year just reached, drawn in from home during playback.
    {
      id: L.arcsDraw,
      type: 'line',
      source: S.arcsDraw,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['get', 'color'], 'line-width': 2.6 * scale, 'line-opacity': 0.95 },
    },
    {
      id: L.partners,
      type: 'circle',
      source: S.partners,
      paint: {
        'circle-color': ['get', 'color'],
        'circle-radius': ['*', ['case', highlighted, 1.5, 1], ['get', 'radius'], scale],
        'circle-stroke-color': ['case', highlighted, palette.focus, palette.markerStroke],
        'circle-stroke-width': [
          '*',
          ['case', highlighted, 3, ['case', ['>=', ['get', 'strength'], 4], 2, 1]],
          scale,
        ],
        'circle-opacity': ['case', hidden, 0, 1],
        'circle-stroke-opacity': ['case', hidden, 0, 1],
        'circle-pitch-alignment': 'map',
      },
    },
    // Markers of the year just reached during playback: a ring that grows and fades once.
    {
      id: L.pulse,
      type: 'circle',
      source: S.pulse,
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': ['*', ['get', 'radius'], ['+', 1, ['*', 2.5, pulse]], scale],
        'circle-stroke-color': ['get', 'color'],
        'circle-stroke-width': 3 * scale,
        'circle-stroke-opacity': ['*', 0.9, ['-', 1, pulse]],
      },
    },
    ...groupLayers(palette, lang, scale).slice(0, 2),
    {
      id: L.home,
      type: 'circle',
      source: S.home,
      paint: {
        'circle-color': palette.homeStroke,
        'circle-radius': 8 * scale,
        'circle-stroke-color': palette.marker,
        'circle-stroke-width': 3 * scale,
      },
    },
    {
      id: L.partnerLabels,
      type: 'symbol',
      source: S.partners,
      layout: placedTextLayout(partnerLabel(lang), FONT_REGULAR, scale),
      paint: {
        'text-opacity': ['case', hidden, 0, 1],
        'text-color': palette.label,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.5 * scale,
      },
    },
    ...groupLayers(palette, lang, scale).slice(2),
    {
      id: L.homeLabel,
      type: 'symbol',
      source: S.home,
      layout: {
        'text-field': labelField(lang),
        'text-font': [FONT_BOLD],
        'text-size': 15 * scale,
        // Up and to the left (inland): the archipelago and sea names sit to the east, on the sea.
        'text-offset': [-0.5, -0.6],
        'text-anchor': 'bottom-right',
        'text-allow-overlap': true,
      },
      paint: {
        'text-color': palette.label,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 2 * scale,
      },
    },
  ];
}

function sovereigntyLayers({ palette, lang, scale }: StyleOptions): LayerSpecification[] {
  return [
    {
      id: L.islands,
      type: 'circle',
      source: S.sovereignty,
      filter: ['==', ['get', 'kind'], 'island'],
      paint: {
        'circle-color': palette.home,
        'circle-radius': 2.5 * scale,
        'circle-stroke-color': palette.homeStroke,
        'circle-stroke-width': 1 * scale,
      },
    },
    // Sovereignty labels are placed last (on top) and allowed to overlap, so collisions never hide them.
    {
      id: L.sovereigntyLabels,
      type: 'symbol',
      source: S.sovereignty,
      filter: ['==', ['get', 'kind'], 'archipelago-label'],
      layout: {
        'text-field': fixedLabelField(lang),
        'text-font': [FONT_BOLD],
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10 * scale, 5, 14 * scale],
        'text-max-width': 100,
        'text-anchor': ['match', ['get', 'group'], 'hoang-sa', 'bottom-left', 'top-left'],
        'text-offset': [
          'match',
          ['get', 'group'],
          'hoang-sa',
          ['literal', [0.3, -0.2]],
          ['literal', [0.3, 0.2]],
        ],
        'text-allow-overlap': true,
        'text-ignore-placement': false,
      },
      paint: {
        'text-color': palette.homeStroke,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.5 * scale,
      },
    },
    {
      id: L.seaLabel,
      type: 'symbol',
      source: S.sovereignty,
      filter: ['==', ['get', 'kind'], 'sea-label'],
      layout: {
        'text-field': labelField(lang),
        'text-font': [FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, 11 * scale, 5, 16 * scale],
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
  ];
}

/**
 * The offline style: no tile, glyph or sprite URL; every source starts empty and is filled after load.
 * Labels draw with the page's CSS font faces named FONT_REGULAR and FONT_BOLD (src/styles/fonts.css).
 */
export function buildMapStyle(options: StyleOptions): StyleSpecification {
  const { palette, homeCountryIds } = options;
  return {
    version: 8,
    sources: {
      [S.land]: empty(),
      [S.borders]: empty(),
      [S.sovereignty]: empty(),
      [S.arcs]: { ...empty(), promoteId: 'id' },
      [S.partners]: { ...empty(), promoteId: 'id' },
      [S.home]: empty(),
      [S.arcsDraw]: empty(),
      [S.pulse]: { ...empty(), promoteId: 'id' },
      [GROUP_SOURCE]: { ...empty(), promoteId: 'id' },
      [LEADER_SOURCE]: empty(),
    },
    layers: [
      { id: L.ocean, type: 'background', paint: { 'background-color': palette.ocean } },
      { id: L.land, type: 'fill', source: S.land, paint: { 'fill-color': palette.land } },
      {
        id: L.homeCountry,
        type: 'fill',
        source: S.land,
        filter: ['in', ['get', 'id'], ['literal', [...homeCountryIds]]],
        paint: { 'fill-color': palette.home },
      },
      {
        id: L.borders,
        type: 'line',
        source: S.borders,
        paint: { 'line-color': palette.border, 'line-width': 0.6 },
      },
      ...partnerLayers(options),
      ...sovereigntyLayers(options),
    ],
  };
}
