import type { LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { oneWorldZoom } from './one-world';

/** Every arc in view (or the world around home before data arrives). */
export function homeView(
  map: MapLibreMap,
  home: [number, number],
  arcs: Iterable<[number, number][]>,
) {
  const all: [number, number][] = [home];
  for (const arc of arcs) all.push(...arc);
  const bounds = lineBounds(
    all.length > 1
      ? all
      : [
          [home[0] - 180, -60],
          [home[0] + 180, 75],
        ],
  );
  const minZoom = oneWorldZoom(map);
  map.setMinZoom(minZoom);
  const camera = map.cameraForBounds(bounds, { padding: cameraPadding(map, 'none') });
  return { center: camera?.center ?? home, zoom: Math.max(camera?.zoom ?? 1, minZoom) };
}

/** Bounds of a line in the one drawn world (-180..180): an arc across the antimeridian spans it all. */
export function lineBounds(coordinates: readonly [number, number][]): LngLatBoundsLike {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [raw, lat] of coordinates) {
    const lon = raw - 360 * Math.round(raw / 360);
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [
    [w, Math.max(s, -65)],
    [e, Math.min(n, 75)],
  ];
}

export function cameraPadding(map: MapLibreMap, panel: 'side' | 'bottom' | 'none'): PaddingOptions {
  const { width, height } = map.getContainer().getBoundingClientRect();
  const base = Math.min(60, width * 0.08);
  // The zoom and view buttons sit on the right edge (left of the panel while one is open).
  const buttons = map.getContainer().querySelector('.map-controls')?.getBoundingClientRect();
  const controls = buttons && buttons.width > 0 ? buttons.width + 24 : 72;
  if (panel === 'side') {
    // The panel is min(28rem, 100vw - 2rem) wide, 1rem from the right edge (see details-panel.css).
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const side = Math.min(28 * rem, window.innerWidth - 2 * rem) + 2 * rem;
    return { top: base, bottom: base, left: base, right: Math.min(side + controls, width * 0.7) };
  }
  if (panel === 'bottom')
    return { top: base, bottom: height * 0.5 + base / 2, left: 36, right: controls };
  return { top: base, bottom: base, left: base, right: Math.max(base, controls) };
}

/** Eases so that a whole line (home to partner) is in view inside the padding. */
export function easeToLine(
  map: MapLibreMap,
  line: readonly [number, number][],
  padding: PaddingOptions,
  reducedMotion: boolean,
) {
  const camera = map.cameraForBounds(lineBounds(line), { padding, maxZoom: 6 });
  if (!camera) return;
  if (reducedMotion) map.jumpTo(camera);
  else map.easeTo({ ...camera, duration: 1000 });
}
