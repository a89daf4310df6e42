import { scaleLinear, scaleOrdinal } from 'd3-scale';

export interface FieldLike {
  id: string;
  color: string;
}
export interface RelationLike {
  id: string;
  strength: number;
}

/** Colour for a partner with no recorded field. */
export const NEUTRAL_COLOR = '#7d8590';

/** Field id → colour, in config order; unknown ids (and none) get the neutral colour. */
export function fieldColorScale(fields: readonly FieldLike[]) {
  return scaleOrdinal<string, string>()
    .domain(fields.map((f) => f.id))
    .range(fields.map((f) => f.color))
    .unknown(NEUTRAL_COLOR);
}

/** Relation strength → marker radius in px (stronger ties draw bigger). */
export function strengthRadiusScale(
  relations: readonly RelationLike[],
  range: [number, number] = [4, 9],
) {
  const strengths = relations.map((r) => r.strength);
  return scaleLinear()
    .domain([Math.min(...strengths), Math.max(...strengths)])
    .range(range)
    .clamp(true);
}

export function primaryFieldColor(
  scale: ReturnType<typeof fieldColorScale>,
  fields: readonly string[],
): string {
  return fields[0] === undefined ? NEUTRAL_COLOR : scale(fields[0]);
}
