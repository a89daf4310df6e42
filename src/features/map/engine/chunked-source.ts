import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_IDS as L, SOURCE_IDS as S } from '@/config/map-theme';
import { nextTask } from '@/lib/async/next-task';

/** Numbers a chunk carries, a tenth of the world's 50m land: MapLibre copies it in one task. */
const CHUNK = 24_000;

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
  let size = 0;
  for (const [i, f] of data.features.entries()) {
    chunk.push({ ...f, id: i });
    size += 'coordinates' in f.geometry ? f.geometry.coordinates.flat(3).length : 0;
    if (size < CHUNK && i < data.features.length - 1) continue;
    await nextTask();
    await source.updateData({ add: chunk });
    [chunk, size] = [[], 0];
  }
  for (const id of layers) map.setLayoutProperty(id, 'visibility', 'visible');
}

/**
 * The world's land in chunks, then its borders (one line set: split, its crossings blend apart):
 * MapLibre copies a source's data for its worker in one task, long for the 50m world.
 */
export async function setWorld(
  map: MapLibreMap,
  land: FeatureCollection,
  borders: FeatureCollection,
) {
  await fillInChunks(map, S.land, [L.land, L.homeCountry], land);
  await fillInChunks(map, S.borders, [L.borders], borders);
}
