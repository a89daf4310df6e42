import type { Feature, LineString, MultiLineString, Point } from 'geojson';
import type { MarkerGroup } from '@/lib/geo/group-markers';
import type { Placement } from '@/lib/geo/place-labels';
import type { Lang } from '@/types/partner';
import type { Layout } from './display-layout';
import { leader } from './group-layers';
import type { PartnerFeatureProps } from './partner-features';
import { splitAtAntimeridian, trimStart, type worldPixels } from './world-pixels';

export interface ShownGroup extends MarkerGroup {
  /** Bounds of the members, [[w, s], [e, n]], longitudes unwrapped around home. */
  bounds: [[number, number], [number, number]];
  label: Record<Lang, string>;
}

export interface LayoutSources {
  points: ReadonlyMap<string, Feature<Point, PartnerFeatureProps>>;
  arcs: ReadonlyMap<string, [number, number][]>;
  px: ReturnType<typeof worldPixels>;
  zoom: number;
  /** Map type scale (1 on laptops). */
  scale: number;
  groupLabel: (country: string, n: number) => Record<Lang, string>;
}

/** What the partner layers draw: GeoJSON for each source, and the groups as shown. */
export interface LayoutFeatures {
  points: Feature<Point>[];
  arcs: Feature<LineString | MultiLineString>[];
  groups: Feature<Point>[];
  leaders: Feature<LineString>[];
  shown: Map<string, ShownGroup>;
}

/** Where a marker's name goes: the layout's place, or above it when the layout gave none. */
export function namePlacement(layout: Layout, scale: number) {
  return (id: string, r: number): Placement =>
    layout.placements.get(id) ?? { anchor: 'top', offset: r + 3 * scale };
}

/**
 * A laid-out set as features: each single keeps its point and arc; each group becomes one marker
 * (with `point_count`) and one arc from its representative; a name set far off gets a leader.
 */
export function layoutFeatures(layout: Layout, sources: LayoutSources): LayoutFeatures {
  const { px, zoom, scale } = sources;
  const size = 12 * scale;
  const hub = 16 * scale;
  const placed = namePlacement(layout, scale);
  const out: LayoutFeatures = { points: [], arcs: [], groups: [], leaders: [], shown: new Map() };
  const { points, arcs, groups, leaders, shown } = out;
  const label = (id: string, m: { x: number; y: number; r: number }) => {
    const { anchor, offset } = placed(id, m.r);
    if (offset > m.r + 4 * scale) leaders.push(leader(m, anchor, offset, zoom));
    return { anchor, offset: offset / size };
  };
  for (const s of layout.singles) {
    const f = sources.points.get(s.id)!;
    points.push({ ...f, properties: { ...f.properties, ...label(s.id, s) } });
    const line = trimStart(sources.arcs.get(s.id)!, px, hub);
    arcs.push({ type: 'Feature', properties: f.properties, geometry: arcGeometry(line) });
  }
  for (const g of layout.groups) {
    const members = g.members.map((id) => sources.points.get(id)!);
    const names = sources.groupLabel(g.key, g.members.length);
    const color = mostCommon(members.map((m) => m.properties.color));
    const fields = new Set(members.flatMap((m) => m.properties.fieldKey.split('|')));
    const fieldKey = `|${[...fields].filter(Boolean).join('|')}|`;
    const geometry = sources.points.get(g.representative)!.geometry;
    groups.push({
      type: 'Feature',
      geometry,
      properties: {
        id: g.id,
        point_count: g.members.length,
        country: g.key,
        label_vi: names.vi,
        label_en: names.en,
        members: g.members.join(','),
        color,
        radius: g.r / scale,
        fieldKey,
        ...label(g.id, g),
      },
    });
    const width = Math.min(7, 1.8 + 1.1 * Math.sqrt(g.members.length - 1));
    const line = trimStart(sources.arcs.get(g.representative)!, px, hub);
    arcs.push({
      type: 'Feature',
      properties: { id: g.id, color, fieldKey, dashed: false, year: 0, strength: 5, width },
      geometry: arcGeometry(line),
    });
    const coords = members.map((m) => m.geometry.coordinates as [number, number]);
    shown.set(g.id, { ...g, bounds: boundsOf(coords), label: names });
  }
  return out;
}

/** One world is drawn (no copies): arcs over the Pacific become two pieces. */
function arcGeometry(coordinates: [number, number][]): LineString | MultiLineString {
  const pieces = splitAtAntimeridian(coordinates);
  return pieces.length === 1
    ? { type: 'LineString', coordinates: pieces[0]! }
    : { type: 'MultiLineString', coordinates: pieces };
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '#888';
}

function boundsOf(points: readonly [number, number][]): ShownGroup['bounds'] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    [w, e, s, n] = [Math.min(w, lon), Math.max(e, lon), Math.min(s, lat), Math.max(n, lat)];
  }
  return [
    [w, s],
    [e, n],
  ];
}
