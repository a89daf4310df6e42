import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';

const FALSE: ExpressionSpecification = ['boolean', false];

/** Layer filter for the fields turned on (the year is feature-state: see year-visibility.ts). */
export function fieldFilter(fields: readonly string[] | null): ExpressionSpecification {
  if (fields === null) return ['boolean', true];
  if (fields.length === 0) return FALSE;
  return [
    'any',
    ...fields.map((f): ExpressionSpecification => ['in', `|${f}|`, ['get', 'fieldKey']]),
  ];
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
