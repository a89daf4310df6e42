import type { FeatureCollection, LineString, Point } from 'geojson';
import { greatCircle } from '@/lib/geo/great-circle';
import { UNRECORDED } from '@/lib/url/url-state';
import { fieldColorScale, primaryFieldColor, strengthRadiusScale } from '@/lib/scales';
import type { AppConfig } from '@/lib/schema/config-schema';
import type { Partner } from '@/types/partner';

/** Year given to undated partners so a `<=` year filter hides them until "today". */
export const UNDATED_YEAR = 99999;

export interface PartnerFeatureProps {
  id: string;
  name_vi: string;
  name_en: string;
  color: string;
  radius: number;
  strength: number;
  year: number;
  fieldKey: string;
  dashed: boolean;
}

function propsOf(
  p: Partner,
  config: AppConfig,
  scales: ReturnType<typeof makeScales>,
): PartnerFeatureProps {
  const relation = config.relations.find((r) => r.id === p.relation);
  const strength = relation?.strength ?? 1;
  const fields = p.fields.length ? p.fields : [UNRECORDED];
  return {
    id: p.id,
    name_vi: p.name.vi,
    name_en: p.name.en,
    color: primaryFieldColor(scales.color, p.fields),
    radius: scales.radius(strength),
    strength,
    year: p.date?.year ?? UNDATED_YEAR,
    fieldKey: `|${fields.join('|')}|`,
    dashed: relation?.dashed ?? false,
  };
}

function makeScales(config: AppConfig) {
  return { color: fieldColorScale(config.fields), radius: strengthRadiusScale(config.relations) };
}

/** Points and precomputed great-circle arcs; built once per dataset, filtered with layer filters after. */
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
  for (const p of partners) {
    const properties = propsOf(p, config, scales);
    points.features.push({
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: p.coordinates },
    });
    arcs.features.push({
      type: 'Feature',
      properties,
      geometry: { type: 'LineString', coordinates: greatCircle(home, p.coordinates) },
    });
  }
  return { points, arcs };
}
