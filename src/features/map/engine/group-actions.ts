import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Lang } from '@/types/partner';
import type { PartnerDisplay, ShownGroup } from './partner-display';
import { worldPixels } from './world-pixels';

/** The deepest zoom a group opens to. */
const GROUP_MAX_ZOOM = 9;

/** The zoom a group opens to: fit its members, at least 1.5 levels in, at most GROUP_MAX_ZOOM. */
function openZoom(map: MapLibreMap, bounds: ShownGroup['bounds'], padding: PaddingOptions) {
  const camera = map.cameraForBounds(bounds, { padding, maxZoom: GROUP_MAX_ZOOM });
  if (!camera) return null;
  const zoom = Math.min(GROUP_MAX_ZOOM, Math.max(camera.zoom ?? 0, map.getZoom() + 1.5));
  return { center: camera.center, zoom };
}

/** Zooms to fit a group's members (at least 1.5 zoom levels in), so they separate and get names. */
export function openGroupView(
  map: MapLibreMap,
  bounds: ShownGroup['bounds'],
  padding: PaddingOptions,
  reducedMotion: boolean,
) {
  const view = openZoom(map, bounds, padding);
  if (!view) return;
  if (reducedMotion) map.jumpTo(view);
  else map.easeTo({ ...view, duration: 900 });
}

/**
 * True when the members would still lie on one another where the group opens (all within `apart`
 * px at that zoom): zooming cannot tell them apart, so they are listed instead.
 */
export function staysTogether(
  map: MapLibreMap,
  group: ShownGroup,
  coordinates: readonly [number, number][],
  padding: PaddingOptions,
  apart: number,
): boolean {
  const view = openZoom(map, group.bounds, padding);
  if (!view) return false;
  const points = coordinates.map(worldPixels(view.zoom, coordinates[0]?.[0] ?? 0));
  return points.every(([x, y]) => points.every(([u, v]) => Math.hypot(x - u, y - v) < apart));
}

export interface OpenGroupOptions {
  points: ReadonlyMap<string, [number, number]>;
  padding: PaddingOptions;
  nameOf: (id: string, lang: Lang) => string;
  lang: Lang;
  reducedMotion: boolean;
  list: GroupListWatch;
}

/** A tap, click or Enter on a group: zoom to fit its members, or list them when they stay together. */
export function openGroupAt(map: MapLibreMap, group: ShownGroup, options: OpenGroupOptions) {
  const { points, padding, lang } = options;
  const coordinates = group.members
    .map((m) => points.get(m))
    .filter((c): c is [number, number] => Boolean(c));
  if (!staysTogether(map, group, coordinates, padding, 2 * group.r)) {
    openGroupView(map, group.bounds, padding, options.reducedMotion);
    return;
  }
  const at = map.project(points.get(group.representative)!);
  const members = group.members
    .map((m) => ({ id: m, name: options.nameOf(m, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  options.list.show({ id: group.id, label: group.label[lang], members, x: at.x, y: at.y });
}

/** "South Korea · 9: Busan, Daegu, …": what a group's tooltip says and a screen reader hears. */
export function describeGroup(group: ShownGroup, display: PartnerDisplay, lang: Lang): string {
  return `${group.label[lang]}: ${group.members.map((m) => display.nameOf(m, lang)).join(', ')}`;
}

/** A group whose members stay together, listed beside its marker (CSS px in the map). */
export interface GroupListing {
  id: string;
  label: string;
  members: { id: string; name: string }[];
  x: number;
  y: number;
}

/** Tells the map's member list what to show (null: nothing); the list closes when the map moves. */
export class GroupListWatch {
  private listener: ((listing: GroupListing | null) => void) | null = null;

  constructor(private readonly map: MapLibreMap) {}

  readonly subscribe = (listener: (listing: GroupListing | null) => void) => {
    this.listener = listener;
    this.map.on('movestart', this.close);
    return () => {
      this.map.off('movestart', this.close);
      this.listener = null;
    };
  };

  show(listing: GroupListing) {
    this.listener?.(listing);
  }

  readonly close = () => this.listener?.(null);
}
