import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';

const FALSE: ExpressionSpecification = ['boolean', false];

/** Layer filter for the cumulative year and the fields turned on: no GeoJSON rebuild per step. */
export function partnerFilter(
  year: number | null,
  fields: readonly string[] | null,
): ExpressionSpecification {
  const parts: ExpressionSpecification[] = [];
  if (year !== null) parts.push(['<=', ['get', 'year'], year]);
  if (fields !== null) {
    parts.push(
      fields.length === 0
        ? FALSE
        : [
            'any',
            ...fields.map((f): ExpressionSpecification => ['in', `|${f}|`, ['get', 'fieldKey']]),
          ],
    );
  }
  return ['all', true, ...parts];
}

export function withDash(filter: ExpressionSpecification, dashed: boolean): FilterSpecification {
  return [
    'all',
    filter,
    dashed ? ['==', ['get', 'dashed'], true] : ['!=', ['get', 'dashed'], true],
  ];
}

/** Names are laid out only from their partner's label zoom on (partner-features.ts). */
export function withLabelZoom(filter: ExpressionSpecification): FilterSpecification {
  return ['all', filter, ['>=', ['zoom'], ['get', 'labelZoom']]];
}
