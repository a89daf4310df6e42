import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { fillInChunks, piecesOf } from '../chunked-source';

/** A square ring of n points around (x, 0). */
function country(x: number, n: number): Feature<Polygon> {
  const ring = Array.from({ length: n }, (_, i) => [x + Math.cos(i), Math.sin(i)]);
  return { type: 'Feature', properties: { x }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

/** A map whose one source records each update, and whether its layers were shown before it. */
function fakeMap() {
  const updates: { features: Feature[]; hidden: boolean }[] = [];
  const shown = { times: 0 };
  const source = {
    updateData: (diff: { add: Feature[] }) => {
      updates.push({ features: diff.add, hidden: shown.times === 0 });
      return Promise.resolve();
    },
  };
  const map = { getSource: () => source };
  const show = () => (shown.times += 1);
  return { map: map as unknown as MapLibreMap, updates, shown, show };
}

describe('fillInChunks', () => {
  it('hands over every feature once, in order, in chunks of bounded size, hidden until the last', async () => {
    // 61 countries of 1,000 points (2,000 numbers each): five full chunks and a last, short one.
    const data: FeatureCollection = {
      type: 'FeatureCollection',
      features: Array.from({ length: 61 }, (_, i) => country(i, 1000)),
    };
    const { map, updates, shown, show } = fakeMap();
    await fillInChunks(map, 'land', data, show);

    const sent = updates.flatMap((u) => u.features);
    expect(sent.map((f) => (f.properties as { x: number }).x)).toEqual(
      data.features.map((_, i) => i),
    );
    expect(sent.map((f) => f.id)).toEqual(data.features.map((_, i) => i));
    expect(updates.length).toBeGreaterThan(3);
    // No chunk carries more than 24,000 numbers.
    for (const u of updates) expect(u.features.length * 2000).toBeLessThanOrEqual(24_000);
    expect(updates.every((u) => u.hidden)).toBe(true);
    expect(shown.times).toBe(1);
  });

  it('splits one feature larger than a chunk (the borders) into runs of its lines, none lost', async () => {
    // One line set of 40 lines of 500 points (1,000 numbers each): 40,000 numbers, over a chunk.
    const lines = Array.from({ length: 40 }, (_, i) =>
      Array.from({ length: 500 }, (__, j) => [i, j / 10]),
    );
    const borders: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { kind: 'border' },
          geometry: { type: 'MultiLineString', coordinates: lines },
        },
      ],
    };
    const { map, updates, show } = fakeMap();
    await fillInChunks(map, 'borders', borders, show);

    expect(updates.length).toBe(2);
    const sent = updates.flatMap((u) => u.features);
    expect(sent.map((f) => f.id)).toEqual(sent.map((_, i) => i));
    // Every line once, in order, each piece a line set with the feature's properties.
    const got = sent.flatMap((f) => (f.geometry as MultiLineString).coordinates);
    expect(got).toEqual(lines);
    for (const f of sent) {
      expect(f.geometry.type).toBe('MultiLineString');
      expect(f.properties).toEqual({ kind: 'border' });
    }
    for (const u of updates) {
      const n = u.features.flatMap((f) => (f.geometry as MultiLineString).coordinates.flat(2));
      expect(n.length).toBeLessThanOrEqual(24_000);
    }
  });

  it('keeps a small feature and a single polygon whole', () => {
    const small = country(0, 10);
    expect([...piecesOf(small, 5)]).toEqual([small]);
    const multi: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: null,
      geometry: { type: 'MultiPolygon', coordinates: [[[[0, 0]]], [[[1, 1]]]] },
    };
    expect([...piecesOf(multi, 100)]).toEqual([multi]);
    expect([...piecesOf(multi, 2)].map((f) => (f.geometry as MultiPolygon).coordinates)).toEqual([
      [[[[0, 0]]]],
      [[[[1, 1]]]],
    ]);
  });
});
