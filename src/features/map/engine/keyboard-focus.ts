import type { Map as MapLibreMap } from 'maplibre-gl';
import { pickInDirection, type Direction, type ScreenPoint } from '@/lib/geo/pick-direction';

/** The shown partner or group nearest to the focused one in a direction (nearest the centre at first). */
export function focusTarget(
  map: MapLibreMap,
  focused: string | null,
  direction: Direction,
  marker: { layers: readonly string[]; isHidden: (id: string) => boolean },
): string | null {
  const canvas = map.getCanvas().getBoundingClientRect();
  const seen = new Set<string>();
  const points: ScreenPoint[] = [];
  const layers = marker.layers.filter((id) => map.getLayer(id));
  for (const f of map.queryRenderedFeatures({ layers })) {
    const id = String(f.properties.id);
    if (seen.has(id) || f.geometry.type !== 'Point' || marker.isHidden(id)) continue;
    seen.add(id);
    const p = map.project(f.geometry.coordinates as [number, number]);
    points.push({ id, x: p.x, y: p.y });
  }
  const current = points.find((p) => p.id === focused);
  const origin = current ?? { x: canvas.width / 2, y: canvas.height / 2 };
  const next =
    pickInDirection(origin, points, direction) ?? (current ? null : nearest(origin, points));
  return next?.id ?? null;
}

function nearest(origin: { x: number; y: number }, points: readonly ScreenPoint[]) {
  let best: ScreenPoint | null = null;
  for (const p of points) {
    if (
      !best ||
      Math.hypot(p.x - origin.x, p.y - origin.y) < Math.hypot(best.x - origin.x, best.y - origin.y)
    )
      best = p;
  }
  return best;
}
