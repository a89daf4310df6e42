import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_IDS as L } from '@/config/map-theme';
import { GROUP_LABEL_LAYER, GROUP_LAYER } from './group-layers';

export type Side = 'left' | 'right' | 'top' | 'bottom';

export interface ShownPoint {
  id: string;
  coordinates: [number, number];
  country: string;
}

export interface OffscreenSide {
  side: Side;
  points: ShownPoint[];
}

const SIDES: readonly Side[] = ['left', 'right', 'top', 'bottom'];

/** What names a place on the map: markers, groups and their labels, home's and the islands' too. */
const NAMED_LAYERS = [
  L.partners,
  L.partnerLabels,
  L.home,
  L.homeLabel,
  L.sovereigntyLabels,
  GROUP_LAYER,
  GROUP_LABEL_LAYER,
];

/** A box in the map canvas's CSS px. */
export interface CanvasBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Shown partners outside the map's canvas, by the edge they lie beyond (from the centre's view). */
export function offscreenBySide(map: MapLibreMap, shown: readonly ShownPoint[]): OffscreenSide[] {
  const canvas = map.getCanvas();
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  const bySide = new Map<Side, ShownPoint[]>();
  for (const p of shown) {
    const { x, y } = map.project(p.coordinates);
    if (x >= 0 && x <= w && y >= 0 && y <= h) continue;
    const dx = (x - w / 2) / w;
    const dy = (y - h / 2) / h;
    const side: Side =
      Math.abs(dx) >= Math.abs(dy) ? (dx < 0 ? 'left' : 'right') : dy < 0 ? 'top' : 'bottom';
    const list = bySide.get(side) ?? [];
    list.push(p);
    bySide.set(side, list);
  }
  return SIDES.filter((s) => bySide.has(s)).map((side) => ({ side, points: bySide.get(side)! }));
}

/** Tells a listener, after each move and regrouping, which shown partners lie beyond each edge. */
export class OffscreenWatch {
  private listener: ((sides: OffscreenSide[]) => void) | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly shown: () => readonly ShownPoint[],
  ) {}

  readonly subscribe = (listener: (sides: OffscreenSide[]) => void) => {
    this.listener = listener;
    this.map.on('moveend', this.emit);
    this.emit();
    return () => {
      this.map.off('moveend', this.emit);
      this.listener = null;
    };
  };

  readonly emit = () => this.listener?.(offscreenBySide(this.map, this.shown()));

  /** Whether a marker, a group or a name is drawn inside a box (as placed on the last frame). */
  readonly drawnIn = (box: CanvasBox): boolean => {
    const layers = NAMED_LAYERS.filter((id) => this.map.getLayer(id));
    const found = this.map.queryRenderedFeatures(
      [
        [box.x0, box.y0],
        [box.x1, box.y1],
      ],
      { layers },
    );
    return found.length > 0;
  };

  /** Calls back each time the map has finished drawing (labels placed); returns the unsubscribe. */
  readonly onIdle = (listener: () => void) => {
    this.map.on('idle', listener);
    return () => void this.map.off('idle', listener);
  };

  /** Flies to fit the partners beyond one edge (longitudes as drawn, in the one world). */
  readonly flyTo = (side: OffscreenSide, reducedMotion: boolean) => {
    const lons = side.points.map((p) => p.coordinates[0]);
    const lats = side.points.map((p) => p.coordinates[1]);
    const camera = this.map.cameraForBounds(
      [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ],
      { padding: 60, maxZoom: Math.max(this.map.getZoom(), 5) },
    );
    if (!camera) return;
    if (reducedMotion) this.map.jumpTo(camera);
    else this.map.flyTo({ ...camera, duration: 1200 });
  };
}
