import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-50m.json?url';
import { worldLayers } from '@/lib/geo/world-geometry';

export const SOVEREIGNTY_URL = 'data/basemap/sovereignty.geojson';

/** The bundled Natural Earth 50m countries, same origin, as land and border layers. */
export async function loadWorld(): Promise<{
  land: FeatureCollection;
  borders: FeatureCollection;
}> {
  const response = await fetch(worldUrl);
  if (!response.ok) throw new Error(`basemap: HTTP ${response.status}`);
  return worldLayers((await response.json()) as Topology);
}

export async function loadSovereignty(): Promise<FeatureCollection> {
  const response = await fetch(SOVEREIGNTY_URL);
  if (!response.ok) throw new Error(`sovereignty layer: HTTP ${response.status}`);
  return (await response.json()) as FeatureCollection;
}
