import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json?raw';
import countries50m from 'world-atlas/countries-50m.json?raw';
import { fixAntimeridian, worldLayers } from '../world-geometry';
import type { CountryProperties } from '../world-geometry';

type Country = Feature<Polygon | MultiPolygon, CountryProperties>;

function polygons(country: Country): Position[][][] {
  return country.geometry.type === 'Polygon'
    ? [country.geometry.coordinates]
    : country.geometry.coordinates;
}

function maxStep(line: Position[]): number {
  let max = 0;
  for (let i = 1; i < line.length; i += 1) {
    max = Math.max(max, Math.abs((line[i]?.[0] ?? 0) - (line[i - 1]?.[0] ?? 0)));
  }
  return max;
}

function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i += 1) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/** Planar even-odd ray casting. */
function inRing([x, y]: [number, number], ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Point in a country on any world copy (unwrapped rings may lie beyond ±180). */
function covers(country: Country, [lon, lat]: [number, number]): boolean {
  return [-360, 0, 360].some((shift) =>
    polygons(country).some(
      ([exterior = [], ...holes]) =>
        inRing([lon + shift, lat], exterior) && !holes.some((h) => inRing([lon + shift, lat], h)),
    ),
  );
}

for (const [resolution, raw] of [
  ['50m', countries50m],
  ['110m', countries110m],
] as const) {
  describe(`worldLayers (countries-${resolution})`, () => {
    const topology = JSON.parse(raw) as Topology;
    const { land, borders } = worldLayers(topology);
    const byId = (id: string) => land.features.find((f) => f.properties.id === id);

    it('has no land or border segment spanning more than 180° of longitude', () => {
      for (const country of land.features) {
        for (const ring of polygons(country).flat()) expect(maxStep(ring)).toBeLessThanOrEqual(180);
      }
      expect(borders.features).toHaveLength(1);
      const lines = borders.features[0]?.geometry.coordinates ?? [];
      expect(lines.length).toBeGreaterThan(100);
      for (const line of lines) expect(maxStep(line)).toBeLessThanOrEqual(180);
    });

    it('keeps every country with its topology id and name', () => {
      expect(land.features.length).toBe(
        (topology.objects.countries as { geometries: unknown[] }).geometries.length,
      );
      expect(byId('704')?.properties.name).toBe('Vietnam');
      for (const country of land.features) expect(country.properties.name).not.toBe('');
    });

    it('closes Antarctica over the South Pole', () => {
      const antarctica = byId('010');
      if (!antarctica) throw new Error('Antarctica missing');
      expect(covers(antarctica, [0, -80])).toBe(true);
      expect(covers(antarctica, [90, -80])).toBe(true);
      expect(covers(antarctica, [-120, -89])).toBe(true);
      expect(covers(antarctica, [0, -50])).toBe(false);
      expect(covers(antarctica, [0, 0])).toBe(false);
      for (const ring of polygons(antarctica).flat()) {
        expect(ring.every(([, lat = 0]) => Math.abs(lat) > 89.9)).toBe(false);
      }
    });

    it('keeps Russia whole on both sides of the antimeridian, and Fiji', () => {
      const russia = byId('643');
      if (!russia) throw new Error('Russia missing');
      expect(polygons(russia).length).toBeGreaterThan(5);
      expect(covers(russia, [100, 60])).toBe(true); // Siberia
      expect(covers(russia, [177, 65])).toBe(true); // Anadyr, west of 180
      expect(covers(russia, [-175, 67])).toBe(true); // Chukotka, east of 180
      expect(covers(russia, [-100, 60])).toBe(false); // Canada, where a band used to be
      expect(covers(russia, [-30, 50])).toBe(false); // the North Atlantic
      const fiji = byId('242');
      if (!fiji) throw new Error('Fiji missing');
      expect(covers(fiji, [178, -17.8])).toBe(true); // Viti Levu
      expect(covers(fiji, [0, -17])).toBe(false);
    });

    it('winds exteriors counter-clockwise and holes clockwise', () => {
      for (const country of land.features) {
        for (const [exterior = [], ...holes] of polygons(country)) {
          expect(signedArea(exterior)).toBeGreaterThanOrEqual(0);
          for (const hole of holes) expect(signedArea(hole)).toBeLessThanOrEqual(0);
        }
      }
    });
  });
}

describe('fixAntimeridian', () => {
  it('unwraps a ring that crosses the antimeridian', () => {
    const fixed = fixAntimeridian({
      type: 'Polygon',
      coordinates: [
        [
          [179, 0],
          [179, 1],
          [-179, 1],
          [-179, 0],
          [179, 0],
        ],
      ],
    });
    expect(fixed.coordinates[0]?.map(([lon]) => lon)).toEqual([179, 181, 181, 179, 179]);
  });

  it('drops polar circles and closes a pole-circling ring over the pole', () => {
    const polar = [-180, -90, 0, 90, 180].map((lon) => [lon, -89.999]);
    const coast = [-180, -90, 0, 90, 180].map((lon) => [lon, -70]);
    const fixed = fixAntimeridian({ type: 'MultiPolygon', coordinates: [[polar, coast], [polar]] });
    expect(fixed.coordinates).toHaveLength(1);
    const ring = fixed.coordinates[0]?.[0] ?? [];
    expect(ring.some(([, lat]) => lat === -90)).toBe(true);
    expect(ring[0]).toEqual(ring.at(-1));
    expect(inRing([0, -80], ring)).toBe(true);
    expect(maxStep(ring)).toBeLessThanOrEqual(180);
  });

  it('unwraps lines', () => {
    const fixed = fixAntimeridian({
      type: 'LineString',
      coordinates: [
        [170, 60],
        [-170, 61],
        [-160, 62],
      ],
    });
    expect(fixed.coordinates).toEqual([
      [170, 60],
      [190, 61],
      [200, 62],
    ]);
  });
});
