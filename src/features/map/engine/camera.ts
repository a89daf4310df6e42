import type { LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { oneWorldZoom } from './one-world';

/** Where the details panel sits, if one is open. */
export type Panel = 'side' | 'bottom' | 'none';

/**
 * Every arc in view (or the world around home before data arrives), in the map's free area: clear of
 * its buttons and of an open details panel (beside it or over its lower half). The one-world floor
 * holds without a panel; with one, the floor gives way to the view fitted beside the panel.
 * `across`: only the markers (home and each arc's end), so arcs over the far ocean or a pole may
 * leave the map.
 */
export function homeView(
  map: MapLibreMap,
  home: [number, number],
  arcs: Iterable<[number, number][]>,
  panel: Panel = 'none',
  worldFill = 0,
  across = false,
) {
  const all: [number, number][] = [home];
  for (const arc of arcs) all.push(...(across ? arc.slice(-1) : arc));
  const bounds = lineBounds(
    all.length > 1
      ? all
      : [
          [home[0] - 180, -60],
          [home[0] + 180, 75],
        ],
  );
  const floor = oneWorldZoom(map, worldFill);
  // With no room beside the panel (a small embed), the home view of the whole map.
  const beside = panel === 'none' ? undefined : fitHome(map, bounds, panel);
  const best = beside ?? fitHome(map, bounds, 'none', across);
  const fitted = best?.zoom ?? 1;
  const zoom = beside ? fitted : Math.max(fitted, floor);
  map.setMinZoom(Math.min(floor, zoom));
  return { center: best?.center ?? home, zoom };
}

/**
 * The map buttons take the right edge or, on a tall narrow map, the top: whichever leaves more map.
 * With the markers `across` it, both: the names beside the east-most markers keep the right edge.
 */
function fitHome(map: MapLibreMap, bounds: LngLatBoundsLike, panel: Panel, across = false) {
  let best: ReturnType<MapLibreMap['cameraForBounds']> = undefined;
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const [beside, below] = homePaddings(map, panel) as [
    Required<PaddingOptions>,
    Required<PaddingOptions>,
  ];
  for (const padding of across ? [{ ...below, right: beside.right }] : [beside, below]) {
    const [w, h] = [width - padding.left - padding.right, height - padding.top - padding.bottom];
    if (w < 40 || h < 40) continue;
    const camera = map.cameraForBounds(bounds, { padding });
    if (camera && (best?.zoom ?? -Infinity) < (camera.zoom ?? -Infinity)) best = camera;
  }
  return best;
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

/** The box around some elements, in CSS px relative to the map's container (null if none is drawn). */
function boxOf(elements: Iterable<Element>, container: DOMRect) {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const el of elements) {
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    [left, top] = [Math.min(left, r.left), Math.min(top, r.top)];
    [right, bottom] = [Math.max(right, r.right), Math.max(bottom, r.bottom)];
  }
  if (left === Infinity) return null;
  return {
    left: left - container.left,
    top: top - container.top,
    bottom: bottom - container.top,
    width: right - left,
  };
}

/** What lies over the map's edges: its buttons (right), a bottom sheet over its lower part, the edge chips' band. */
function mapChrome(map: MapLibreMap) {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  const base = Math.min(60, box.width * 0.08);
  // The buttons themselves: their grid spans the map's height.
  const buttons = boxOf(container.querySelectorAll('.map-controls > *'), box);
  // The app's dock rises over the map's lower part on phones (a sheet); elsewhere it sits beside it.
  const dock = boxOf(document.querySelectorAll('.dock'), box);
  const covered = dock && dock.top > 0 && dock.top < box.height ? box.height - dock.top : 0;
  // Edge chips are as tall as the map buttons (the same button family, 64 px in kiosk).
  const button = container.querySelector('.map-controls button')?.getBoundingClientRect().height;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return {
    box,
    base,
    rem,
    covered,
    controls: buttons ? box.width - buttons.left + 12 : 72,
    controlsBottom: buttons ? buttons.bottom + 12 : 0,
    buttonsWidth: buttons ? buttons.width : 48,
    chips: (button ?? 44) + rem,
  };
}

/** What an open details panel covers of the map, in CSS px from its right or bottom edge (details-panel.css). */
function panelCover(panel: Panel, box: DOMRect, rem: number) {
  // Side: min(28rem, 100vw - 2rem) wide, 1rem from the map's right edge. Bottom: at most half the map.
  if (panel === 'side')
    return { right: Math.min(28 * rem, window.innerWidth - 2 * rem) + 2 * rem, bottom: 0 };
  if (panel === 'bottom') return { right: 0, bottom: box.height * 0.5 };
  return { right: 0, bottom: 0 };
}

/** The home view's two candidate paddings: beside the map buttons, or below them; both clear of an open panel. */
export function homePaddings(map: MapLibreMap, panel: Panel = 'none'): Required<PaddingOptions>[] {
  const { box, base, rem, covered, controls, controlsBottom } = mapChrome(map);
  const cover = panelCover(panel, box, rem);
  const bottom = base + Math.max(covered, cover.bottom);
  const right = base + cover.right;
  return [
    { top: base, bottom, left: base, right: Math.max(right, controls) },
    { top: Math.max(base, controlsBottom), bottom, left: base, right },
  ];
}

/** How far left of the map's centre the centre of its area beside an open panel and the buttons lies (px, ≤ 0). */
export function freeCentreOffset(map: MapLibreMap, panel: Panel): number {
  if (panel === 'none') return 0;
  const [beside] = homePaddings(map, panel);
  const free = map.getContainer().clientWidth - beside!.left - beside!.right;
  return free < 40 ? 0 : (beside!.left - beside!.right) / 2;
}

/** Room around a framed partner: clear of the panel, the map buttons and the edge chips. */
export function cameraPadding(map: MapLibreMap, panel: Panel): PaddingOptions {
  const { box, base, rem, covered, controls, chips, buttonsWidth } = mapChrome(map);
  const { width } = box;
  const edge = base + chips;
  if (panel === 'side') {
    const side = panelCover('side', box, rem).right;
    return {
      top: edge,
      bottom: edge + covered,
      left: edge,
      // Names sit right of their marker too: a chip's room more beside the buttons.
      right: Math.min(side + buttonsWidth + 24 + chips, width * 0.7),
    };
  }
  if (panel === 'bottom')
    return {
      top: edge,
      bottom: panelCover('bottom', box, rem).bottom + base / 2,
      left: 36,
      right: controls,
    };
  return { top: edge, bottom: edge + covered, left: edge, right: Math.max(edge, controls) };
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
