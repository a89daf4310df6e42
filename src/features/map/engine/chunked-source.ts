import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { nextTask } from '@/lib/async/next-task';

/** Numbers a chunk carries, a tenth of the world's 50m land: MapLibre copies it in one task. */
const CHUNK = 24_000;

/** How many numbers a geometry's coordinates hold. */
function numbers(geometry: Geometry): number {
  return 'coordinates' in geometry ? (geometry.coordinates as unknown[]).flat(3).length : 0;
}

/**
 * A feature larger than a chunk (the world's borders are one line set) split into features of the
 * same kind and properties, each a run of its polygons or lines: drawn alike, copied in parts.
 */
export function* piecesOf(feature: Feature, max = CHUNK): Generator<Feature> {
  const g = feature.geometry;
  if ((g.type !== 'MultiPolygon' && g.type !== 'MultiLineString') || numbers(g) <= max) {
    yield feature;
    return;
  }
  let run: unknown[] = [];
  let size = 0;
  const piece = () => ({ ...feature, geometry: { type: g.type, coordinates: run } }) as Feature;
  for (const part of g.coordinates) {
    const n = (part as unknown[]).flat(2).length;
    if (run.length > 0 && size + n > max) {
      yield piece();
      run = [];
      size = 0;
    }
    run.push(part);
    size += n;
  }
  if (run.length > 0) yield piece();
}

/**
 * Fills an empty GeoJSON source (no GeometryCollection) a chunk per task (MapLibre's `updateData`,
 * ids by position), its layers hidden until the last chunk is in: it shows at once, as a `setData`
 * (through `reveal`, when given: the engine's queue of layers shown a group per frame).
 */
export async function fillInChunks(
  map: MapLibreMap,
  sourceId: string,
  layers: readonly string[],
  data: FeatureCollection,
  reveal?: (layers: readonly string[]) => void,
) {
  const source = map.getSource<GeoJSONSource>(sourceId);
  if (!source) return;
  const set = (value: 'none' | 'visible') => {
    for (const id of layers) map.setLayoutProperty(id, 'visibility', value);
  };
  set('none');
  let chunk: Feature[] = [];
  let size = 0;
  const send = async () => {
    await nextTask();
    await source.updateData({ add: chunk });
    chunk = [];
    size = 0;
  };
  let id = 0;
  for (const f of data.features.flatMap((feature) => [...piecesOf(feature)])) {
    const n = numbers(f.geometry);
    if (chunk.length > 0 && size + n > CHUNK) await send();
    chunk.push({ ...f, id: id++ });
    size += n;
  }
  if (chunk.length > 0) await send();
  if (reveal) reveal(layers);
  else set('visible');
}
