import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { nextTask } from '@/lib/async/next-task';

/** About a tenth of the world's 50m land: MapLibre copies a source's data for its worker in one task. */
const CHUNK_POINTS = 12_000;

const pointsIn = (c: unknown): number =>
  Array.isArray(c) ? (typeof c[0] === 'number' ? 1 : c.reduce((n, x) => n + pointsIn(x), 0)) : 0;

/**
 * Fills an empty GeoJSON source a chunk per task (MapLibre's `updateData`, ids by position), its
 * layers hidden until the last chunk is in: the data shows at once, as with one `setData`.
 */
export async function fillInChunks(
  map: MapLibreMap,
  sourceId: string,
  layers: readonly string[],
  data: FeatureCollection,
) {
  const source = map.getSource<GeoJSONSource>(sourceId);
  if (!source) return;
  for (const id of layers) map.setLayoutProperty(id, 'visibility', 'none');
  let chunk: Feature[] = [];
  let points = 0;
  for (const [i, f] of data.features.entries()) {
    chunk.push({ ...f, id: i });
    points += pointsIn('coordinates' in f.geometry ? f.geometry.coordinates : null);
    if (points < CHUNK_POINTS && i < data.features.length - 1) continue;
    await nextTask();
    await source.updateData({ add: chunk });
    [chunk, points] = [[], 0];
  }
  for (const id of layers) map.setLayoutProperty(id, 'visibility', 'visible');
}
