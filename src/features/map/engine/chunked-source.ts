import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { nextTask } from '@/lib/async/next-task';

/** Numbers a chunk carries, a tenth of the world's 50m land: MapLibre copies it in one task. */
const CHUNK = 24_000;

/** How many numbers a geometry's coordinates hold. */
function numbers(geometry: Geometry): number {
  return 'coordinates' in geometry ? (geometry.coordinates as unknown[]).flat(3).length : 0;
}

/** A feature larger than a chunk (the world's borders are one line set), a feature per line or polygon. */
export function piecesOf(feature: Feature, max = CHUNK): Feature[] {
  const g = feature.geometry;
  if ((g.type !== 'MultiPolygon' && g.type !== 'MultiLineString') || numbers(g) <= max)
    return [feature];
  return g.coordinates.map(
    (part) => ({ ...feature, geometry: { type: g.type, coordinates: [part] } }) as Feature,
  );
}

/**
 * Hands a GeoJSON source its data (no GeometryCollection) a chunk per task (MapLibre's `updateData`,
 * ids by position); its layers, hidden until then, are shown by `show` once the last chunk is in.
 */
export async function fillInChunks(
  map: MapLibreMap,
  sourceId: string,
  data: FeatureCollection,
  show: () => void,
) {
  const source = map.getSource<GeoJSONSource>(sourceId);
  if (!source) return;
  let chunk: Feature[] = [];
  let size = 0;
  const send = async () => {
    await nextTask();
    await source.updateData({ add: chunk });
    chunk = [];
    size = 0;
  };
  let id = 0;
  for (const f of data.features.flatMap((feature) => piecesOf(feature))) {
    const n = numbers(f.geometry);
    if (chunk.length > 0 && size + n > CHUNK) await send();
    chunk.push({ ...f, id: id++ });
    size += n;
  }
  if (chunk.length > 0) await send();
  show();
}
