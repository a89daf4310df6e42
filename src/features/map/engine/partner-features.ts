import type { FeatureCollection, LineString, Point } from 'geojson';
import { arcSteps, greatCircle } from '@/lib/geo/great-circle';
import { UNRECORDED } from '@/lib/url/url-state';
import { compareSigned } from '@/lib/view/year';
import { fieldColorScale, primaryFieldColor, strengthRadiusScale } from '@/lib/scales';
import type { AppConfig } from '@/lib/schema/config-schema';
import { nativeNamesToShow } from '@/lib/partners/native-name';
import type { Partner } from '@/types/partner';
import { nextTask } from '@/lib/async/next-task';

export interface PartnerFeatureProps {
  id: string;
  country: string;
  name_vi: string;
  name_en: string;
  color: string;
  radius: number;
  strength: number;
  /** Signing year; null when undated (see lib/view/year.ts). */
  year: number | null;
  /** Label priority (the style's symbol-sort-key): signing year, then relation strength. */
  labelRank: number;
  fieldKey: string;
  dashed: boolean;
  /** Lowest zoom at which the name is laid out at all (see `labelZooms`). */
  labelZoom: number;
  /** The partner's own name (short form where the data has one), drawn under its name at closer zooms. */
  native?: string;
  /** That name's BCP 47 tag: its font stack (Han shapes follow it). */
  native_lang?: string;
}

/** The first native form that does not repeat the vi or en name ("Salo · Salo"). */
function nativeOf(p: Partner): Pick<PartnerFeatureProps, 'native' | 'native_lang'> {
  const first = nativeNamesToShow(p.nativeName, [p.name.vi, p.name.en])[0];
  return first ? { native: first.short ?? first.text, native_lang: first.lang } : {};
}

interface Derived {
  home: readonly number[];
  arc: [number, number][];
  native: Pick<PartnerFeatureProps, 'native' | 'native_lang'>;
}
/**
 * Each partner's arc and native label, kept while the partner object is the same: an edited sheet
 * (the data studio) hands the map new objects only for the rows that changed. Read-only downstream.
 */
const derived = new WeakMap<Partner, Derived>();
function derive(p: Partner, home: [number, number]): Derived {
  const known = derived.get(p);
  if (known && known.home[0] === home[0] && known.home[1] === home[1]) return known;
  const fresh = {
    home,
    arc: greatCircle(home, p.coordinates, arcSteps(home, p.coordinates)),
    native: nativeOf(p),
  };
  derived.set(p, fresh);
  return fresh;
}

/** Derives arcs: a large sheet's 500 per task, its features then built in a task of their own. */
export async function deriveArcs(partners: readonly Partner[], home: [number, number]) {
  const large = partners.length > 1000;
  for (const [i, p] of partners.entries()) {
    if (large && i % 500 === 0) await nextTask();
    derive(p, home);
  }
  if (large) await nextTask();
}

function propsOf(
  p: Partner,
  config: AppConfig,
  scales: ReturnType<typeof makeScales>,
  native: Derived['native'],
): PartnerFeatureProps {
  const relation = config.relations.find((r) => r.id === p.relation);
  const strength = relation?.strength ?? 1;
  const fields = p.fields.length ? p.fields : [UNRECORDED];
  return {
    id: p.id,
    country: p.country,
    name_vi: p.name.vi,
    name_en: p.name.en,
    color: primaryFieldColor(scales.color, p.fields),
    radius: scales.radius(strength),
    strength,
    year: p.date?.year ?? null,
    fieldKey: `|${fields.join('|')}|`,
    dashed: relation?.dashed ?? false,
    labelZoom: 0,
    labelRank: 0,
    ...native,
  };
}

function makeScales(config: AppConfig) {
  return { color: fieldColorScale(config.fields), radius: strengthRadiusScale(config.relations) };
}

/** Points and precomputed great-circle arcs, built once per dataset; years and fields only hide features after. */
export function buildPartnerFeatures(partners: readonly Partner[], config: AppConfig) {
  const scales = makeScales(config);
  const home = config.home.coordinates;
  const points: FeatureCollection<Point, PartnerFeatureProps> = {
    type: 'FeatureCollection',
    features: [],
  };
  const arcs: FeatureCollection<LineString, PartnerFeatureProps> = {
    type: 'FeatureCollection',
    features: [],
  };
  const each = partners.map((p) => derive(p, home));
  const all = partners.map((p, i) => propsOf(p, config, scales, each[i]!.native));
  const order = labelOrder(all);
  const zooms = labelZooms(all, order);
  const ranks = new Map(order.map((p, rank) => [p.id, rank]));
  partners.forEach((p, i) => {
    const properties = {
      ...all[i]!,
      labelZoom: zooms.get(p.id) ?? 0,
      labelRank: ranks.get(p.id) ?? 0,
    };
    points.features.push({
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: p.coordinates },
    });
    arcs.features.push({
      type: 'Feature',
      properties,
      geometry: { type: 'LineString', coordinates: each[i]!.arc },
    });
  });
  return { points, arcs };
}

/** The own-script names the labels draw, with their tags (to load their fonts first). */
export function nativeLabels(features: { points: FeatureCollection<Point, PartnerFeatureProps> }) {
  return features.points.features.flatMap(({ properties: p }) =>
    p.native && p.native_lang ? [{ lang: p.native_lang, text: p.native }] : [],
  );
}

/** Label priority: signing year (undated last), then relation strength, then id. */
export function labelOrder<T extends PartnerFeatureProps>(props: readonly T[]): T[] {
  return [...props].sort(
    (a, b) => compareSigned(a.year, b.year) || b.strength - a.strength || a.id.localeCompare(b.id),
  );
}

/** How many names each zoom band lays out: a laptop's world view places about 50, a 4K one about 100. */
const LABEL_BANDS: readonly [count: number, zoom: number][] = [
  [150, 0],
  [600, 2],
  [2400, 4],
];
const LAST_BAND_ZOOM = 6;

/**
 * Label density for national datasets: in label priority order (signing year, then relation
 * strength, as the style's symbol-sort-key), the first 150 names from zoom 0, the next 450 from
 * zoom 2, the next 1,800 from zoom 4, the rest from zoom 6. The shown partners of any year are a
 * prefix of that order, so the names that can show are laid out first; a city's own few dozen
 * partners all get zoom 0. Fewer candidates make every label placement (each pan frame) cheaper.
 */
export function labelZooms(
  props: readonly PartnerFeatureProps[],
  order: readonly PartnerFeatureProps[] = labelOrder(props),
): Map<string, number> {
  const zooms = new Map<string, number>();
  order.forEach((p, rank) => {
    const band = LABEL_BANDS.find(([count]) => rank < count);
    zooms.set(p.id, band ? band[1] : LAST_BAND_ZOOM);
  });
  return zooms;
}
