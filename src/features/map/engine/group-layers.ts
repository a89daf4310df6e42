import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_BOLD, type MapPalette } from '@/config/map-theme';
import type { Feature, LineString } from 'geojson';
import type { Anchor } from '@/lib/geo/place-labels';
import type { Lang } from '@/types/partner';
import { placedTextLayout } from './placed-text';

export const GROUP_SOURCE = 'partner-groups';
export const GROUP_LAYER = 'partner-groups';
export const GROUP_LABEL_LAYER = 'partner-group-labels';
export const LEADER_SOURCE = 'label-leaders';
export const LEADER_LAYER = 'label-leaders';
export const isGroupId = (id: string | null | undefined): id is string =>
  typeof id === 'string' && id.startsWith('group:');

export const groupLabelField = (lang: Lang): ExpressionSpecification => [
  'get',
  lang === 'vi' ? 'label_vi' : 'label_en',
];

/** Hovered or keyboard-focused group: ringed in the focus colour. */
export const groupRing: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'focus'], false],
];

/** Group markers: a ringed disc sized by its count, with "Country · n" placed by the engine. */
export function groupLayers(palette: MapPalette, lang: Lang, scale: number): LayerSpecification[] {
  return [
    {
      id: LEADER_LAYER,
      type: 'line',
      source: LEADER_SOURCE,
      paint: { 'line-color': palette.label, 'line-opacity': 0.55, 'line-width': scale },
    },
    {
      id: GROUP_LAYER,
      type: 'circle',
      source: GROUP_SOURCE,
      paint: {
        'circle-color': ['get', 'color'],
        'circle-opacity': 0.9,
        'circle-radius': ['*', ['get', 'radius'], scale],
        'circle-stroke-color': ['case', groupRing, palette.focus, palette.marker],
        'circle-stroke-width': ['*', ['case', groupRing, 4, 2.5], scale],
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: GROUP_LABEL_LAYER,
      type: 'symbol',
      source: GROUP_SOURCE,
      layout: placedTextLayout(groupLabelField(lang), FONT_BOLD, scale),
      paint: {
        'text-color': palette.label,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.5 * scale,
      },
    },
  ];
}

/** World px at a zoom back to [lon, lat] (inverse of worldPixels with centre 0). */
function toLngLat(x: number, y: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
  return [(x / size) * 360 - 180, lat];
}

/** A thin line from a marker's edge to its name, when the name had to sit further out. */
export function leader(
  m: { x: number; y: number; r: number },
  anchor: Anchor,
  offset: number,
  zoom: number,
): Feature<LineString> {
  const dx = anchor.endsWith('left') ? 1 : anchor.endsWith('right') ? -1 : 0;
  const dy = anchor.startsWith('top') ? 1 : anchor.startsWith('bottom') ? -1 : 0;
  const len = Math.hypot(dx, dy) || 1;
  const end = (d: number) => toLngLat(m.x + (dx / len) * d, m.y + (dy / len) * d, zoom);
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates: [end(m.r), end(offset)] },
  };
}
