import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryProperties {
  /** The topology geometry id (ISO 3166-1 numeric, e.g. '704'); a few disputed areas have none. */
  id: string | null;
  name: string;
}

export interface WorldLayers {
  land: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  borders: FeatureCollection<MultiLineString>;
}

// Rings entirely this close to a pole are the degenerate polar circles of spherical topology.
const POLAR_LAT = 89.9;
const POLE_LAT = 90;

/** Shifts each point by a multiple of 360 so it lies within 180° of the previous one. */
function unwrap(line: Position[]): Position[] {
  const out: Position[] = [];
  let prevLon: number | undefined;
  for (const point of line) {
    const [lon = 0, lat = 0, ...rest] = point;
    const shifted = prevLon === undefined ? lon : lon + 360 * Math.round((prevLon - lon) / 360);
    out.push([shifted, lat, ...rest]);
    prevLon = shifted;
  }
  return out;
}

function lon(point: Position | undefined): number {
  return point?.[0] ?? 0;
}

function lat(point: Position | undefined): number {
  return point?.[1] ?? 0;
}

/** Twice the planar signed area in lon/lat; positive means counter-clockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i += 1) {
    const a = ring[i - 1];
    const b = ring[i];
    sum += lon(a) * lat(b) - lon(b) * lat(a);
  }
  return sum;
}

/** Unwraps a ring; a ring that circles a pole ends 360° away, so close it over that pole. */
function fixRing(ring: Position[]): Position[] | null {
  if (ring.length < 4 || ring.every((p) => Math.abs(lat(p)) > POLAR_LAT)) return null;
  const out = unwrap(ring);
  const first = out[0];
  const last = out[out.length - 1];
  if (Math.round((lon(last) - lon(first)) / 360) !== 0) {
    const meanLat = out.reduce((sum, p) => sum + lat(p), 0) / out.length;
    const pole = meanLat < 0 ? -POLE_LAT : POLE_LAT;
    // step along the pole line so no closing segment spans more than 180°
    const from = lon(last);
    const to = lon(first);
    const steps = Math.ceil(Math.abs(to - from) / 90);
    for (let i = 0; i <= steps; i += 1) out.push([from + ((to - from) * i) / steps, pole]);
    out.push([to, lat(first)]);
  }
  return out;
}

/** Moves a hole onto the same world copy as its exterior ring. */
function alignTo(hole: Position[], exterior: Position[]): Position[] {
  const lons = exterior.map(lon);
  const centre = (Math.min(...lons) + Math.max(...lons)) / 2;
  const shift = 360 * Math.round((centre - lon(hole[0])) / 360);
  return shift === 0 ? hole : hole.map(([x = 0, ...rest]) => [x + shift, ...rest]);
}

/** RFC 7946 winding (exterior counter-clockwise, holes clockwise), so MapLibre never reads a part as a hole. */
function wind(ring: Position[], exterior: boolean): Position[] {
  return signedArea(ring) > 0 === exterior ? ring : [...ring].reverse();
}

function fixPolygon(rings: Position[][]): Position[][] | null {
  const fixed = rings.map(fixRing).filter((r): r is Position[] => r !== null);
  const [exterior, ...holes] = fixed;
  if (!exterior) return null;
  return [wind(exterior, true), ...holes.map((h) => wind(alignTo(h, exterior), false))];
}

function fixGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'LineString':
      return { ...geometry, coordinates: unwrap(geometry.coordinates) };
    case 'MultiLineString':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrap) };
    case 'Polygon':
      return { ...geometry, coordinates: fixPolygon(geometry.coordinates) ?? [] };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates
          .map(fixPolygon)
          .filter((p): p is Position[][] => p !== null),
      };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map(fixGeometry) };
    default:
      return geometry;
  }
}

/**
 * Makes spherical (world-atlas) geometry drawable on a planar lon/lat map: drops polar-circle
 * rings, unwraps longitudes so no segment spans more than 180° (MapLibre would draw it across
 * the whole world), and closes pole-circling rings such as Antarctica's coast over the pole.
 */
export function fixAntimeridian<G extends Geometry>(geometry: G): G {
  return fixGeometry(geometry) as G;
}

function isCountryGeometry(geometry: Geometry | null): geometry is Polygon | MultiPolygon {
  return (
    (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon') &&
    geometry.coordinates.length > 0
  );
}

/** Land (one feature per country) and internal borders from a world-atlas `countries-*.json`. */
export function worldLayers(topology: Topology): WorldLayers {
  const countries = topology.objects.countries;
  if (countries?.type !== 'GeometryCollection') {
    throw new Error('world topology has no "countries" GeometryCollection');
  }
  const object = countries as GeometryCollection<{ name?: string }>;
  const collection = feature(topology, object);
  const land: Feature<Polygon | MultiPolygon, CountryProperties>[] = [];
  for (const country of collection.features) {
    if (!country.geometry) continue;
    const geometry = fixAntimeridian(country.geometry);
    if (!isCountryGeometry(geometry)) continue;
    land.push({
      type: 'Feature',
      properties: {
        id: country.id === undefined ? null : String(country.id),
        name: country.properties?.name ?? '',
      },
      geometry,
    });
  }
  const borders = fixAntimeridian(mesh(topology, object, (a, b) => a !== b));
  return {
    land: { type: 'FeatureCollection', features: land },
    borders: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: borders }],
    },
  };
}
