import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * World copies are off, so each partner, arc and group is drawn once at any zoom. The lowest zoom
 * shows the one world at half the map's width (the first view fits the partners inside padding, so
 * the world may be narrower than the map; the ocean colour fills the rest).
 */
export function fitOneWorld(map: MapLibreMap): () => void {
  const fit = () => map.setMinZoom(oneWorldZoom(map));
  fit();
  map.on('resize', fit);
  return () => map.off('resize', fit);
}

export function oneWorldZoom(map: MapLibreMap): number {
  const width = map.getContainer().clientWidth || 512;
  return Math.max(-2, Math.log2(width / 512) - 1);
}
