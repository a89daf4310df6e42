type LonLat = [number, number];

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Longitude in -180..180 (180 stays 180). */
function normaliseLon(lon: number): number {
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lon > 0 ? 180 : wrapped;
}

/** `lon` shifted by a multiple of 360 so it lies within 180° of `ref`. */
function nearestLon(lon: number, ref: number): number {
  return lon + 360 * Math.round((ref - lon) / 360);
}

/** Central angle in radians (haversine form, stable for short distances). */
function centralAngle(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function isAntipodal(a: LonLat, b: LonLat): boolean {
  return Math.PI - centralAngle(a, b) < 1e-9;
}

/**
 * The great circle from `a` to `b` as a function of t in 0..1: d3-geo's `geoInterpolate` (ISC),
 * ported because d3-geo's single-file build does not tree-shake (3 kB gzip + d3-array for these lines).
 */
function interpolator(a: LonLat, b: LonLat): (t: number) => LonLat {
  const [x0, y0, x1, y1] = [a[0] * RAD, a[1] * RAD, b[0] * RAD, b[1] * RAD];
  const [cy0, cy1] = [Math.cos(y0), Math.cos(y1)];
  const [kx0, ky0, sy0] = [cy0 * Math.cos(x0), cy0 * Math.sin(x0), Math.sin(y0)];
  const [kx1, ky1, sy1] = [cy1 * Math.cos(x1), cy1 * Math.sin(x1), Math.sin(y1)];
  const d = centralAngle(a, b);
  const k = Math.sin(d);
  if (!d) return () => [a[0], a[1]];
  return (t) => {
    const B = Math.sin(t * d) / k;
    const A = Math.sin(d - t * d) / k;
    const x = A * kx0 + B * kx1;
    const y = A * ky0 + B * ky1;
    const z = A * sy0 + B * sy1;
    return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.sqrt(x * x + y * y)) / RAD];
  };
}

/** The point 90° from `a` across the nearer pole: halfway along a meridian circle to the antipode. */
function waypointForAntipode(a: LonLat): LonLat {
  if (Math.abs(a[1]) > 89.999) return [a[0], 0];
  return [normaliseLon(a[0] + 180), a[1] >= 0 ? 90 - a[1] : -90 - a[1]];
}

/** Raw great-circle samples (longitudes in -180..180); splits exact antipodes in two halves. */
function sample(from: LonLat, to: LonLat, steps: number): LonLat[] {
  // the interpolator divides by sin(distance), which is 0 for antipodes: the circle is undefined there
  if (isAntipodal(from, to)) {
    const via = waypointForAntipode(from);
    const half = Math.max(1, Math.ceil(steps / 2));
    return [...sample(from, via, half), ...sample(via, to, half).slice(1)];
  }
  const interpolate = interpolator(from, to);
  const points: LonLat[] = [];
  for (let i = 0; i <= steps; i += 1) {
    const [lon, lat] = interpolate(i / steps);
    points.push([lon, lat]);
  }
  return points;
}

/**
 * Points [lon, lat] along the great circle from `from` to `to`, with longitudes unwrapped so
 * consecutive points never differ by more than 180° (MapLibre draws lon > 180 on the next
 * world copy, so the line crosses the antimeridian instead of spanning the whole map).
 */
export function greatCircle(from: LonLat, to: LonLat, steps = 96): LonLat[] {
  if (centralAngle(from, to) === 0)
    return [
      [from[0], from[1]],
      [from[0], from[1]],
    ];
  const raw = sample(from, to, Math.max(1, Math.round(steps)));
  const path: LonLat[] = [[from[0], from[1]]];
  for (let i = 1; i < raw.length; i += 1) {
    const point = raw[i];
    const prev = path[i - 1];
    if (!point || !prev) continue;
    path.push([nearestLon(point[0], prev[0]), point[1]]);
  }
  // end exactly at `to`, on the same world copy as the unwrapped line
  const last = path[path.length - 1];
  if (last) path[path.length - 1] = [nearestLon(to[0], last[0]), to[1]];
  return path;
}

/**
 * Steps for an arc drawn on the map: one per degree of arc (8 at least, 96 at most), so a short arc
 * is as smooth as a long one (whose steps are up to 1.9°) with far fewer points to send and draw.
 */
export function arcSteps(from: LonLat, to: LonLat): number {
  return Math.min(96, Math.max(8, Math.ceil(centralAngle(from, to) / RAD)));
}

/** The point halfway along the great circle, longitude in -180..180. */
export function greatCircleMidpoint(from: LonLat, to: LonLat): LonLat {
  const path = greatCircle(from, to, 2);
  const mid = path[1] ?? from;
  return [normaliseLon(mid[0]), mid[1]];
}

/** Great-circle distance in kilometres (mean Earth radius). */
export function haversineKm(a: LonLat, b: LonLat): number {
  return centralAngle(a, b) * EARTH_RADIUS_KM;
}
