import { scaleOrdinal, scalePoint } from 'd3-scale';

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

/**
 * Relation strength → marker radius in px (stronger ties draw bigger). Strengths are whole-number
 * ranks, so a point scale spaces them evenly, as a linear one would, without d3's interpolators.
 */
export function strengthRadiusScale(
  relations: readonly RelationLike[],
  range: [number, number] = [4, 9],
): (strength: number) => number {
  const strengths = relations.map((r) => r.strength);
  const lo = Math.round(Math.min(...strengths));
  const hi = Math.round(Math.max(...strengths));
  const scale = scalePoint<number>()
    .domain(Array.from({ length: hi - lo + 1 }, (_, i) => lo + i))
    .range(range);
  return (strength) => scale(Math.min(hi, Math.max(lo, Math.round(strength)))) ?? range[0];
}

export function primaryFieldColor(
  scale: ReturnType<typeof fieldColorScale>,
  fields: readonly string[],
): string {
  return fields[0] === undefined ? NEUTRAL_COLOR : scale(fields[0]);
}
