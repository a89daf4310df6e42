import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Box } from '@/lib/geo/place-labels';

/**
 * The map's view and what lies over it and would hide a name, in world px at the map's zoom (the
 * one world, x 0..512·2^zoom, as worldPixels draws it): the map's buttons, and a sheet risen over
 * the map's lower part (phones). Names are placed in the view, clear of them, where they can be read.
 */
export function viewInWorld(map: MapLibreMap): { view: Box | null; covered: Box[] } {
  const container = map.getContainer();
  const view = container.getBoundingClientRect();
  if (view.width === 0 || view.height === 0) return { view: null, covered: [] };
  const size = 512 * 2 ** map.getZoom();
  const { lng, lat } = map.getCenter();
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  // The centre's longitude unwrapped: the map may be centred just beyond ±180 (one-world.ts).
  const ox = ((lng + 180) / 360) * size - view.width / 2;
  const oy =
    ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * size - view.height / 2;
  const boxes: Box[] = [];
  const add = (left: number, top: number, right: number, bottom: number) => {
    const [x0, y0] = [Math.max(left, view.left), Math.max(top, view.top)];
    const [x1, y1] = [Math.min(right, view.right), Math.min(bottom, view.bottom)];
    if (x1 <= x0 || y1 <= y0) return;
    boxes.push({
      x0: x0 - view.left + ox,
      y0: y0 - view.top + oy,
      x1: x1 - view.left + ox,
      y1: y1 - view.top + oy,
    });
  };
  for (const el of container.querySelectorAll('.map-controls > *')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0) add(r.left, r.top, r.right, r.bottom);
  }
  // The phone's sheet rises over the map's lower part; beside the map (wide layouts) it covers none.
  const dock = document.querySelector('.dock')?.getBoundingClientRect();
  if (dock && dock.width > 0) add(dock.left, dock.top, dock.right, dock.bottom);
  return { view: { x0: ox, y0: oy, x1: ox + view.width, y1: oy + view.height }, covered: boxes };
}
