// Opening a group on a tap, click or Enter: loaded on the first open, not with the first view.
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Lang } from '@/types/partner';
import type { GroupListWatch } from './group-actions';
import type { ShownGroup } from './layout-features';
import type { PartnerDisplay } from './partner-display';
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
  /** Where each member is, and its name. */
  display: Pick<PartnerDisplay, 'pointOf' | 'nameOf'>;
  padding: PaddingOptions;
  lang: Lang;
  reducedMotion: boolean;
  list: GroupListWatch;
}

/** A tap, click or Enter on a group: zoom to fit its members, or list them when they stay together. */
export function openGroupAt(map: MapLibreMap, group: ShownGroup, options: OpenGroupOptions) {
  const { display, padding, lang } = options;
  const coordinates = group.members
    .map((m) => display.pointOf(m))
    .filter((c): c is [number, number] => Boolean(c));
  if (!staysTogether(map, group, coordinates, padding, 2 * group.r)) {
    openGroupView(map, group.bounds, padding, options.reducedMotion);
    return;
  }
  const at = map.project(display.pointOf(group.representative)!);
  const members = group.members
    .map((m) => ({ id: m, name: display.nameOf(m, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  options.list.show({ id: group.id, label: group.label[lang], members, x: at.x, y: at.y });
}
