import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Box } from '@/lib/geo/place-labels';
import { worldPixels } from './world-pixels';

/**
 * The map's view and what may lie over it and hide a name (its buttons, a phone's risen sheet), in
 * world px at the map's zoom, as worldPixels draws the one world. Names go in the view, clear of
 * them; a sidebar beside the view lies outside it and so hides none.
 */
export function viewInWorld(map: MapLibreMap): { view: Box; covered: Box[] } {
  const container = map.getContainer();
  const { lng, lat } = map.getCenter();
  // The centre unwrapped: the map may be centred just beyond ±180 (one-world.ts).
  const [cx, cy] = worldPixels(map.getZoom(), lng)([lng, lat]);
  const v = container.getBoundingClientRect();
  const [dx, dy] = [cx - v.width / 2 - v.left, cy - v.height / 2 - v.top];
  const box = (r: DOMRect): Box => ({
    x0: r.left + dx,
    y0: r.top + dy,
    x1: r.right + dx,
    y1: r.bottom + dy,
  });
  const covered = [
    ...container.querySelectorAll('.map-controls > *'),
    ...document.querySelectorAll('.dock'),
  ].map((el) => box(el.getBoundingClientRect()));
  return { view: box(v), covered };
}
