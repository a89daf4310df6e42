import { describe, expect, it } from 'vitest';
import { arcSteps, greatCircle, greatCircleMidpoint, haversineKm } from '../great-circle';

type LonLat = [number, number];

// Independent spherical trigonometry (no d3), used as the reference for every check below.
const R = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

function toVector([lon, lat]: LonLat): [number, number, number] {
  return [
    Math.cos(rad(lat)) * Math.cos(rad(lon)),
    Math.cos(rad(lat)) * Math.sin(rad(lon)),
    Math.sin(rad(lat)),
  ];
}

/** Spherical linear interpolation of unit vectors. */
function slerp(a: LonLat, b: LonLat, t: number): LonLat {
  const va = toVector(a);
  const vb = toVector(b);
  const dot = Math.min(1, va[0] * vb[0] + va[1] * vb[1] + va[2] * vb[2]);
  const omega = Math.acos(dot);
  const wa = Math.sin((1 - t) * omega) / Math.sin(omega);
  const wb = Math.sin(t * omega) / Math.sin(omega);
  const v = [0, 1, 2].map((i) => wa * (va[i] ?? 0) + wb * (vb[i] ?? 0));
  const [x = 0, y = 0, z = 0] = v;
  return [deg(Math.atan2(y, x)), deg(Math.asin(z))];
}

/** Classic midpoint formula (e.g. movable-type.co.uk). */
function midpoint([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): LonLat {
  const f1 = rad(lat1);
  const f2 = rad(lat2);
  const dl = rad(lon2 - lon1);
  const bx = Math.cos(f2) * Math.cos(dl);
  const by = Math.cos(f2) * Math.sin(dl);
  const lat = Math.atan2(
    Math.sin(f1) + Math.sin(f2),
    Math.sqrt((Math.cos(f1) + bx) ** 2 + by ** 2),
  );
  const lon = rad(lon1) + Math.atan2(by, Math.cos(f1) + bx);
  return [((deg(lon) + 540) % 360) - 180, deg(lat)];
}

/** Spherical law of cosines distance. */
function cosineKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const c =
    Math.sin(rad(lat1)) * Math.sin(rad(lat2)) +
    Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.cos(rad(lon2 - lon1));
  return Math.acos(Math.min(1, Math.max(-1, c))) * R;
}

/** Latitude of the great circle's vertex (Clairaut): acos(|sin(bearing)·cos(lat1)|). */
function vertexLat([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const f1 = rad(lat1);
  const f2 = rad(lat2);
  const dl = rad(lon2 - lon1);
  const bearing = Math.atan2(
    Math.sin(dl) * Math.cos(f2),
    Math.cos(f1) * Math.sin(f2) - Math.sin(f1) * Math.cos(f2) * Math.cos(dl),
  );
  return deg(Math.acos(Math.abs(Math.sin(bearing) * Math.cos(f1))));
}

const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
const lonDiff = (a: number, b: number) => Math.abs(wrap(a - b));

function expectContinuous(path: LonLat[]): void {
  for (let i = 1; i < path.length; i += 1) {
    const [a, b] = [path[i - 1], path[i]];
    if (!a || !b) throw new Error('hole in path');
    expect(Number.isFinite(b[0]) && Number.isFinite(b[1])).toBe(true);
    expect(Math.abs(b[0] - a[0])).toBeLessThanOrEqual(180);
  }
}

/** Every sample lies on the independent great circle at the same fraction. */
function expectOnReference(path: LonLat[], from: LonLat, to: LonLat): void {
  const n = path.length - 1;
  path.forEach(([lon, lat], i) => {
    const [refLon, refLat] = slerp(from, to, i / n);
    expect(lat).toBeCloseTo(refLat, 6);
    if (Math.abs(refLat) < 89.99) expect(lonDiff(lon, refLon)).toBeLessThan(1e-6);
  });
}

const DA_NANG: LonLat = [108.2097, 16.0694];
const OAKLAND: LonLat = [-122.2708, 37.8044];
const PITTSBURGH: LonLat = [-79.9959, 40.4406];
const MAR_DEL_PLATA: LonLat = [-57.5426, -38.0055];

describe('greatCircle', () => {
  it('Đà Nẵng → Oakland crosses the North Pacific on an unwrapped line', () => {
    const path = greatCircle(DA_NANG, OAKLAND);
    expect(path).toHaveLength(97);
    expect(path[0]).toEqual(DA_NANG);
    expect(path.at(-1)).toEqual([OAKLAND[0] + 360, OAKLAND[1]]);
    expectContinuous(path);
    expectOnReference(path, DA_NANG, OAKLAND);
    for (const [lon] of path) {
      expect(lon).toBeGreaterThanOrEqual(108.2097);
      expect(lon).toBeLessThanOrEqual(237.7292);
    }
    const maxLat = Math.max(...path.map(([, lat]) => lat));
    expect(maxLat).toBeGreaterThan(OAKLAND[1] + 10);
    expect(maxLat).toBeCloseTo(vertexLat(DA_NANG, OAKLAND), 1); // ≈ 51.9°
  });

  it('Đà Nẵng → Pittsburgh runs over the Arctic', () => {
    const path = greatCircle(DA_NANG, PITTSBURGH);
    expectContinuous(path);
    expectOnReference(path, DA_NANG, PITTSBURGH);
    expect(path.at(-1)).toEqual([PITTSBURGH[0] + 360, PITTSBURGH[1]]);
    const maxLat = Math.max(...path.map(([, lat]) => lat));
    expect(maxLat).toBeGreaterThan(70);
    expect(maxLat).toBeCloseTo(vertexLat(DA_NANG, PITTSBURGH), 1); // ≈ 82.8°
  });

  it('Đà Nẵng → Mar del Plata goes south-west over the Indian and Southern Oceans', () => {
    const path = greatCircle(DA_NANG, MAR_DEL_PLATA);
    expectContinuous(path);
    expectOnReference(path, DA_NANG, MAR_DEL_PLATA);
    expect(path.at(-1)).toEqual(MAR_DEL_PLATA);
    // westward all the way: longitudes only decrease, from 108 E to 57.5 W
    for (let i = 1; i < path.length; i += 1) {
      expect(path[i]?.[0] ?? NaN).toBeLessThan(path[i - 1]?.[0] ?? NaN);
    }
    // south of Africa, well inside the Southern Ocean, where it passes 30–60 E
    const southernStretch = path.filter(([lon]) => lon >= 30 && lon <= 60);
    expect(southernStretch.length).toBeGreaterThan(3);
    for (const [, lat] of southernStretch) expect(lat).toBeLessThan(-50);
    const minLat = Math.min(...path.map(([, lat]) => lat));
    expect(minLat).toBeCloseTo(-vertexLat(DA_NANG, MAR_DEL_PLATA), 1); // ≈ -64.1° near 10 E
    const mid = greatCircleMidpoint(DA_NANG, MAR_DEL_PLATA);
    expect(mid[0]).toBeGreaterThan(60);
    expect(mid[1]).toBeLessThan(-50);
  });

  it('starts at the North Pole and follows one meridian', () => {
    const path = greatCircle([0, 90], DA_NANG, 10);
    expect(path[0]).toEqual([0, 90]);
    expect(path).toHaveLength(11);
    expectContinuous(path);
    expectOnReference(path, [0, 90], DA_NANG);
    for (const [lon, lat] of path.slice(1)) {
      expect(lon).toBeCloseTo(DA_NANG[0], 6);
      expect(lat).toBeLessThan(90);
    }
  });

  it('returns two copies of the point for identical points', () => {
    expect(greatCircle(DA_NANG, DA_NANG)).toEqual([DA_NANG, DA_NANG]);
    expect(greatCircleMidpoint(DA_NANG, DA_NANG)).toEqual(DA_NANG);
    expect(haversineKm(DA_NANG, DA_NANG)).toBe(0);
  });

  it('steps across the antimeridian instead of around the world (Fiji → Samoa)', () => {
    const fiji: LonLat = [178, -18];
    const samoa: LonLat = [-172, -13.8];
    const path = greatCircle(fiji, samoa, 20);
    expectContinuous(path);
    expect(path.at(-1)).toEqual([188, -13.8]);
    for (let i = 1; i < path.length; i += 1) {
      const step = (path[i]?.[0] ?? NaN) - (path[i - 1]?.[0] ?? NaN);
      expect(step).toBeGreaterThan(0);
      expect(step).toBeLessThan(1);
    }
    const mid = greatCircleMidpoint(fiji, samoa);
    expect(mid[0]).toBeGreaterThanOrEqual(-180);
    expect(mid[0]).toBeLessThan(-170); // 183 E, normalised
    const ref = midpoint(fiji, samoa);
    expect(mid[0]).toBeCloseTo(ref[0], 6);
    expect(mid[1]).toBeCloseTo(ref[1], 6);
  });

  it('has no NaN for antipodal and near-antipodal points', () => {
    const antipode: LonLat = [DA_NANG[0] - 180, -DA_NANG[1]];
    for (const to of [
      antipode,
      [antipode[0] + 1e-9, antipode[1]] as LonLat,
      [antipode[0] + 0.01, antipode[1] - 0.01] as LonLat,
    ]) {
      const path = greatCircle(DA_NANG, to);
      expectContinuous(path);
      expect(path[0]).toEqual(DA_NANG);
      expect(lonDiff(path.at(-1)?.[0] ?? NaN, to[0])).toBeLessThan(1e-9);
      const length = path.slice(1).reduce((sum, p, i) => sum + cosineKm(path[i] ?? p, p), 0);
      expect(length).toBeCloseTo(Math.PI * R, -1); // half the circumference
    }
    const mid = greatCircleMidpoint(DA_NANG, antipode);
    expect(Number.isFinite(mid[0]) && Number.isFinite(mid[1])).toBe(true);
    expect(cosineKm(DA_NANG, mid)).toBeCloseTo((Math.PI / 2) * R, 3);
    // pole to pole
    const poles = greatCircle([0, 90], [0, -90], 8);
    expectContinuous(poles);
    expect(poles.at(-1)?.[1]).toBe(-90);
  });
});

describe('greatCircleMidpoint', () => {
  it('matches the spherical midpoint formula', () => {
    for (const to of [OAKLAND, PITTSBURGH, MAR_DEL_PLATA]) {
      const mid = greatCircleMidpoint(DA_NANG, to);
      const ref = midpoint(DA_NANG, to);
      expect(mid[1]).toBeCloseTo(ref[1], 6);
      expect(lonDiff(mid[0], ref[0])).toBeLessThan(1e-6);
      expect(mid[0]).toBeGreaterThanOrEqual(-180);
      expect(mid[0]).toBeLessThanOrEqual(180);
    }
  });
});

describe('haversineKm', () => {
  it('matches the spherical law of cosines', () => {
    for (const to of [OAKLAND, PITTSBURGH, MAR_DEL_PLATA, [108.2, 16.1] as LonLat]) {
      expect(haversineKm(DA_NANG, to)).toBeCloseTo(cosineKm(DA_NANG, to), 3);
    }
    expect(haversineKm(DA_NANG, OAKLAND)).toBeGreaterThan(12000);
    expect(haversineKm(DA_NANG, OAKLAND)).toBeLessThan(12100);
  });
});

describe('arcSteps (the map draws each arc with these)', () => {
  const SEOUL: LonLat = [126.978, 37.5665];
  const HUE: LonLat = [107.5909, 16.4637];
  it('never steps more than 1° of arc (or 1/96 of the arc), on the true circle, far fewer points when short', () => {
    for (const to of [OAKLAND, PITTSBURGH, MAR_DEL_PLATA, SEOUL, HUE]) {
      const whole = deg(cosineKm(DA_NANG, to) / R);
      const path = greatCircle(DA_NANG, to, arcSteps(DA_NANG, to));
      expectOnReference(path, DA_NANG, to);
      for (let i = 1; i < path.length; i += 1) {
        const step = deg(cosineKm(path[i - 1]!, path[i]!) / R);
        expect(step).toBeLessThanOrEqual(Math.max(1, whole / 96) + 1e-9);
      }
      expect(path.length).toBeLessThanOrEqual(97);
    }
    // Seoul is 27.x° away: 28 steps (29 points, not 97); Huế, under 1°, gets the minimum of 8 steps.
    expect(Math.ceil(deg(cosineKm(DA_NANG, SEOUL) / R))).toBe(28);
    expect(greatCircle(DA_NANG, SEOUL, arcSteps(DA_NANG, SEOUL))).toHaveLength(29);
    expect(greatCircle(DA_NANG, HUE, arcSteps(DA_NANG, HUE))).toHaveLength(9);
  });
});
