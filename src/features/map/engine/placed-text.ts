import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';

/**
 * Layout of a label the engine has placed clear of markers and other names (partner-display.ts):
 * anchor and offset come from the feature, on one line as measured, drawn wherever it was put.
 */
export function placedTextLayout(
  field: ExpressionSpecification,
  font: string,
  scale: number,
): NonNullable<SymbolLayerSpecification['layout']> {
  return {
    'text-field': field,
    'text-font': [font],
    'text-size': 12 * scale,
    'text-anchor': ['get', 'anchor'] as ExpressionSpecification,
    'text-radial-offset': ['get', 'offset'],
    // One line, as the engine measured it ("Macau (China) · 1" must not wrap onto a neighbour).
    'text-max-width': 100,
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  };
}
