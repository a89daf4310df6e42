import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries50m from 'world-atlas/countries-50m.json?raw';
import raw from '../../../../data/basemap/sovereignty.geojson?raw';
import { worldLayers } from '../world-geometry';

interface SovereigntyProperties {
  kind: 'island' | 'archipelago-label' | 'sea-label';
  group?: 'hoang-sa' | 'truong-sa';
  name: { vi: string; en: string };
  source: { title: string; url: string };
}

type SovereigntyFeature = Feature<Point, SovereigntyProperties>;

const data = JSON.parse(raw) as FeatureCollection<Point, SovereigntyProperties> & {
  name?: unknown;
  description?: unknown;
};
const features: SovereigntyFeature[] = data.features;
const islands = (group: string) =>
  features.filter((f) => f.properties.kind === 'island' && f.properties.group === group);
const label = (kind: string, group?: string) =>
  features.filter((f) => f.properties.kind === kind && f.properties.group === group);

/** Planar even-odd ray casting. */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (
      yi > (y ?? 0) !== yj > (y ?? 0) &&
      (x ?? 0) < ((xj - xi) * ((y ?? 0) - yi)) / (yj - yi) + xi
    ) {
      inside = !inside;
    }
  }
  return inside;
}

describe('data/basemap/sovereignty.geojson', () => {
  it('is a named, described FeatureCollection of points', () => {
    expect(data.type).toBe('FeatureCollection');
    expect(typeof data.name).toBe('string');
    expect(String(data.description)).toMatch(/home country's colour/);
    for (const f of features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      for (const c of f.geometry.coordinates) {
        expect(Number.isFinite(c)).toBe(true);
        expect(String(c).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(4);
      }
    }
  });

  it('names every feature in both languages and cites a full https source', () => {
    for (const { properties: p } of features) {
      expect(p.name.vi.trim()).not.toBe('');
      expect(p.name.en.trim()).not.toBe('');
      expect(p.source.title.trim()).not.toBe('');
      const url = new URL(p.source.url);
      expect(url.protocol).toBe('https:');
      expect(url.hostname).toContain('.');
    }
    const names = features.map((f) => f.properties.name.vi);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps Hoàng Sa islands within 15.7–17.2 N, 111.0–113.0 E', () => {
    const list = islands('hoang-sa');
    expect(list.length).toBeGreaterThanOrEqual(8);
    for (const f of list) {
      const [lon = NaN, lat = NaN] = f.geometry.coordinates;
      expect(lat).toBeGreaterThanOrEqual(15.7);
      expect(lat).toBeLessThanOrEqual(17.2);
      expect(lon).toBeGreaterThanOrEqual(111.0);
      expect(lon).toBeLessThanOrEqual(113.0);
    }
  });

  it('keeps Trường Sa islands within 6.0–12.0 N, 109.0–117.0 E', () => {
    const list = islands('truong-sa');
    expect(list.length).toBeGreaterThanOrEqual(8);
    for (const f of list) {
      const [lon = NaN, lat = NaN] = f.geometry.coordinates;
      expect(lat).toBeGreaterThanOrEqual(6.0);
      expect(lat).toBeLessThanOrEqual(12.0);
      expect(lon).toBeGreaterThanOrEqual(109.0);
      expect(lon).toBeLessThanOrEqual(117.0);
    }
  });

  it('has both archipelago labels and the sea label with exactly these texts', () => {
    const hoangSa = label('archipelago-label', 'hoang-sa');
    const truongSa = label('archipelago-label', 'truong-sa');
    const sea = label('sea-label');
    expect(hoangSa).toHaveLength(1);
    expect(truongSa).toHaveLength(1);
    expect(sea).toHaveLength(1);
    expect(hoangSa[0]?.properties.name).toEqual({
      vi: 'Quần đảo Hoàng Sa (Đà Nẵng)',
      en: 'Hoang Sa archipelago (Da Nang)',
    });
    expect(truongSa[0]?.properties.name).toEqual({
      vi: 'Quần đảo Trường Sa (Khánh Hòa)',
      en: 'Truong Sa archipelago (Khanh Hoa)',
    });
    expect(sea[0]?.properties.name).toEqual({ vi: 'Biển Đông', en: 'East Sea' });
  });

  it('places each archipelago label amid its islands', () => {
    for (const group of ['hoang-sa', 'truong-sa'] as const) {
      const [lon = NaN, lat = NaN] =
        label('archipelago-label', group)[0]?.geometry.coordinates ?? [];
      const coords = islands(group).map((f) => f.geometry.coordinates);
      expect(lon).toBeGreaterThan(Math.min(...coords.map((c) => c[0] ?? NaN)));
      expect(lon).toBeLessThan(Math.max(...coords.map((c) => c[0] ?? NaN)));
      expect(lat).toBeGreaterThan(Math.min(...coords.map((c) => c[1] ?? NaN)));
      expect(lat).toBeLessThan(Math.max(...coords.map((c) => c[1] ?? NaN)));
    }
  });

  it('puts every label over open sea, clear of the islands and of world-atlas land', () => {
    const { land } = worldLayers(JSON.parse(countries50m) as Topology);
    const labels = features.filter((f) => f.properties.kind !== 'island');
    for (const f of labels) {
      const point = f.geometry.coordinates;
      for (const country of land.features) {
        const polygons =
          country.geometry.type === 'Polygon'
            ? [country.geometry.coordinates]
            : country.geometry.coordinates;
        for (const [exterior = []] of polygons) expect(inRing(point, exterior)).toBe(false);
      }
      for (const island of islands('hoang-sa').concat(islands('truong-sa'))) {
        const [a = 0, b = 0] = island.geometry.coordinates;
        expect(Math.hypot((point[0] ?? 0) - a, (point[1] ?? 0) - b)).toBeGreaterThan(0.2);
      }
    }
  });
});
