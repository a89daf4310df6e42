import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { nextTask } from '@/lib/async/next-task';

/** Numbers a chunk carries, a tenth of the world's 50m land: MapLibre copies it in one task. */
const CHUNK = 24_000;

/**
 * Fills an empty GeoJSON source (no GeometryCollection) a chunk per task (MapLibre's `updateData`,
 * ids by position), its layers hidden until the last chunk is in: it shows at once, as a `setData`.
 */
export async function fillInChunks(
  map: MapLibreMap,
  sourceId: string,
  layers: readonly string[],
  data: FeatureCollection,
) {
  const source = map.getSource<GeoJSONSource>(sourceId);
  if (!source) return;
  const show = (value: 'none' | 'visible') => {
    for (const id of layers) map.setLayoutProperty(id, 'visibility', value);
  };
  show('none');
  let chunk: Feature[] = [];
  let size = 0;
  for (const [i, f] of data.features.entries()) {
    chunk.push({ ...f, id: i });
    size += (f.geometry as Polygon).coordinates.flat(3).length;
    if (size < CHUNK && i < data.features.length - 1) continue;
    await nextTask();
    await source.updateData({ add: chunk });
    chunk = [];
    size = 0;
  }
  show('visible');
}
