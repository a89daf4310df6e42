// Shared by the two benchmark pages (floor, DOM markers), part 1: fetching and preparing the data.
// No MapLibre here, so a page can start its fetches before the 1 MB maplibre-gl chunk has loaded (as
// the app does, which imports MapLibre lazily). Geometry comes from the app's own src/lib/geo modules.
import type { FeatureCollection, LineString, Point } from 'geojson';
import worldUrl from 'world-atlas/countries-50m.json?url';
import type { Topology } from 'topojson-specification';
import { MAP_PALETTES } from '@/config/map-theme';
import { arcSteps, greatCircle } from '@/lib/geo/great-circle';
import { worldLayers } from '@/lib/geo/world-geometry';

export const palette = MAP_PALETTES.light;
const NEUTRAL = '#7d8590';
const UNDATED_YEAR = 99999;

export interface Config {
  home: {
    name: { vi: string; en: string };
    coordinates: [number, number];
    basemapCountryIds: string[];
  };
  fields: { id: string; color: string }[];
  relations: { id: string; strength: number; dashed?: boolean }[];
}

export interface RawPartner {
  geometry: { coordinates: [number, number] };
  properties: {
    id: string;
    name: { vi: string; en: string };
    relation: string;
    signed: string | null;
    fields: string[];
  };
}

export interface PartnerProps {
  id: string;
  name_vi: string;
  name_en: string;
  color: string;
  radius: number;
  strength: number;
  year: number;
  dashed: boolean;
}

export const marks: Record<string, number> = {};

export const here = (path: string) => new URL(path, window.location.href).href;

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Sizes the map container like the app's map region (`?size=WxH`), so all pages draw as many pixels. */
export function sizeContainer(container: HTMLElement) {
  const size = /^(\d+)x(\d+)$/.exec(new URLSearchParams(window.location.search).get('size') ?? '');
  if (!size) return;
  container.style.width = `${size[1]}px`;
  container.style.height = `${size[2]}px`;
}

/** Fetches config, partners, world and sovereignty layer in parallel. */
export async function loadAll() {
  const dataUrl = new URLSearchParams(window.location.search).get('data');
  const [config, partners, topology, sovereignty] = await Promise.all([
    json<Config>(here('../data/config.json')),
    json<{ features: RawPartner[] }>(here(dataUrl ?? '../data/partners.geojson')),
    json<Topology>(here(worldUrl)),
    json<FeatureCollection>(here('../data/basemap/sovereignty.geojson')),
  ]);
  const world = worldLayers(topology);
  const flatSovereignty: FeatureCollection = {
    ...sovereignty,
    features: sovereignty.features.map((f) => {
      const name = (f.properties?.name ?? {}) as Record<string, string>;
      return { ...f, properties: { ...f.properties, name_vi: name.vi, name_en: name.en } };
    }),
  };
  return { config, partners: partners.features, world, sovereignty: flatSovereignty };
}

/** Points and great-circle arcs with the app's colours (primary field) and radii (relation strength). */
export function buildFeatures(config: Config, partners: RawPartner[]) {
  const colors = new Map(config.fields.map((f) => [f.id, f.color]));
  const relations = new Map(config.relations.map((r) => [r.id, r]));
  const strengths = config.relations.map((r) => r.strength);
  const [lo, hi] = [Math.min(...strengths), Math.max(...strengths)];
  const home = config.home.coordinates;
  const points: FeatureCollection<Point, PartnerProps> = {
    type: 'FeatureCollection',
    features: [],
  };
  const arcs: FeatureCollection<LineString, PartnerProps> = {
    type: 'FeatureCollection',
    features: [],
  };
  for (const { geometry, properties: p } of partners) {
    const relation = relations.get(p.relation);
    const strength = relation?.strength ?? 1;
    const props: PartnerProps = {
      id: p.id,
      name_vi: p.name.vi,
      name_en: p.name.en,
      color: (p.fields[0] && colors.get(p.fields[0])) || NEUTRAL,
      radius: 4 + (5 * (strength - lo)) / (hi - lo || 1),
      strength,
      year: p.signed ? Number(p.signed.slice(0, 4)) : UNDATED_YEAR,
      dashed: relation?.dashed ?? false,
    };
    const coordinates = geometry.coordinates;
    points.features.push({
      type: 'Feature',
      properties: props,
      geometry: { type: 'Point', coordinates },
    });
    arcs.features.push({
      type: 'Feature',
      properties: props,
      geometry: {
        type: 'LineString',
        coordinates: greatCircle(home, coordinates, arcSteps(home, coordinates)),
      },
    });
  }
  return { points, arcs };
}
