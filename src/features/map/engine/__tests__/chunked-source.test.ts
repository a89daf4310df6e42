import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { fillInChunks } from '../chunked-source';

/** A square ring of n points around (x, 0). */
function country(x: number, n: number): Feature<Polygon> {
  const ring = Array.from({ length: n }, (_, i) => [x + Math.cos(i), Math.sin(i)]);
  return { type: 'Feature', properties: { x }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

/** A map whose one source records each update and whose layers record their visibility. */
function fakeMap() {
  const updates: { features: Feature[]; hidden: boolean }[] = [];
  const visibility = new Map<string, string>();
  const source = {
    updateData: (diff: { add: Feature[] }) => {
      updates.push({ features: diff.add, hidden: visibility.get('fill') === 'none' });
      return Promise.resolve();
    },
  };
  const map = {
    getSource: () => source,
    setLayoutProperty: (id: string, _: string, value: string) => visibility.set(id, value),
  };
  return { map: map as unknown as MapLibreMap, updates, visibility };
}

describe('fillInChunks', () => {
  it('hands over every feature once, in order, in chunks of bounded size, hidden until the last', async () => {
    // 61 countries of 1,000 points (2,000 numbers each): five full chunks and a last, short one.
    const data: FeatureCollection = {
      type: 'FeatureCollection',
      features: Array.from({ length: 61 }, (_, i) => country(i, 1000)),
    };
    const { map, updates, visibility } = fakeMap();
    await fillInChunks(map, 'land', ['fill', 'fill-2'], data);

    const sent = updates.flatMap((u) => u.features);
    expect(sent.map((f) => (f.properties as { x: number }).x)).toEqual(
      data.features.map((_, i) => i),
    );
    expect(sent.map((f) => f.id)).toEqual(data.features.map((_, i) => i));
    expect(updates.length).toBeGreaterThan(3);
    // No chunk carries more than 24,000 numbers plus one country (the one that reached the limit).
    for (const u of updates) expect(u.features.length * 2000).toBeLessThanOrEqual(24_000 + 2000);
    expect(updates.every((u) => u.hidden)).toBe(true);
    expect(visibility.get('fill')).toBe('visible');
    expect(visibility.get('fill-2')).toBe('visible');
  });
});
