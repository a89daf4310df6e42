import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * World copies are off, so each partner, arc and group is drawn once at any zoom. MapLibre would then
 * keep the world covering the whole map (on a portrait phone that crops the world's sides, and with
 * them partners); instead the centre only stays on the world, and the lowest zoom shows the world at
 * half the map's width. The ocean colour fills the map around it. With a details panel open the
 * centre of the map beside it (`offsetX` px from the map's centre) is the one kept on the world.
 * `fill` (a mode's `worldFill`) raises the floor to a world that wide a share of the map's shorter side.
 */
export function fitOneWorld(
  map: MapLibreMap,
  offsetX: () => number = () => 0,
  fill = 0,
): () => void {
  const fit = () => map.setMinZoom(oneWorldZoom(map, fill));
  map.setTransformConstrain((center, zoom) => {
    const z = Math.max(zoom, map.getMinZoom());
    const shift = (offsetX() / (512 * 2 ** z)) * 360;
    center.lng = Math.max(-180 - shift, Math.min(180 - shift, center.lng));
    // Mercator's own limits: a view padded for a bottom sheet centres far south at world zoom.
    center.lat = Math.max(-85, Math.min(85, center.lat));
    return { center, zoom: z };
  });
  fit();
  map.on('resize', fit);
  return () => map.off('resize', fit);
}

/** The lowest zoom: the world half the map's width, or `fill` × its shorter side if that is wider. */
export function oneWorldZoom(map: MapLibreMap, fill = 0): number {
  const { clientWidth, clientHeight } = map.getContainer();
  const width = clientWidth || 512;
  const half = Math.log2(width / 512) - 1;
  const filled = Math.log2((fill * Math.min(width, clientHeight || width)) / 512);
  return Math.max(-2, half, filled);
}
