import type { Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import { LAYER_IDS as L } from '@/config/map-theme';

export interface PointerHandlers {
  /** Half the hit box, in CSS px: arcs are thin, so a tap near one counts. */
  radius: () => number;
  isHidden: (id: string) => boolean;
  hover: (id: string, point: { x: number; y: number }) => void;
  leave: () => void;
  click: (id: string) => void;
}

const LAYERS = [L.partners, L.arcsSolid, L.arcsDashed];

/** The partner under the pointer: markers first (they are drawn on top), then arcs; never a hidden one. */
export function partnerAt(
  map: MapLibreMap,
  x: number,
  y: number,
  r: number,
  isHidden: (id: string) => boolean,
) {
  const box: [PointLike, PointLike] = [
    [x - r, y - r],
    [x + r, y + r],
  ];
  const layers = LAYERS.filter((id) => map.getLayer(id));
  for (const f of map.queryRenderedFeatures(box, { layers })) {
    const id = f.properties.id;
    if (typeof id === 'string' && !isHidden(id)) return id;
  }
  return null;
}

/** Hover, leave and click on partners and arcs, with one box query per pointer move. */
export function bindPointer(map: MapLibreMap, h: PointerHandlers): () => void {
  let over: string | null = null;
  const find = (e: MapMouseEvent) => partnerAt(map, e.point.x, e.point.y, h.radius(), h.isHidden);
  const leave = () => {
    if (over === null) return;
    over = null;
    map.getCanvas().style.cursor = '';
    h.leave();
  };
  const onMove = (e: MapMouseEvent) => {
    const id = find(e);
    if (id === null) return leave();
    over = id;
    map.getCanvas().style.cursor = 'pointer';
    h.hover(id, e.point);
  };
  const onClick = (e: MapMouseEvent) => {
    const id = find(e);
    if (id !== null) h.click(id);
  };
  map.on('mousemove', onMove);
  map.on('mouseout', leave);
  map.on('click', onClick);
  return () => {
    map.off('mousemove', onMove);
    map.off('mouseout', leave);
    map.off('click', onClick);
  };
}
