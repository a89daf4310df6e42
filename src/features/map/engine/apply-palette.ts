import type { AllPaintProperties, ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_IDS as L, type MapPalette } from '@/config/map-theme';
import { highlighted } from './map-style';
import { GROUP_LABEL_LAYER, GROUP_LAYER, groupRing } from './group-layers';

/** Recolours the basemap and labels for a theme without reloading the style. */
export function applyPalette(map: MapLibreMap, p: MapPalette) {
  const paint: [string, keyof AllPaintProperties, string | ExpressionSpecification][] = [
    [L.ocean, 'background-color', p.ocean],
    [L.land, 'fill-color', p.land],
    [L.homeCountry, 'fill-color', p.home],
    [L.borders, 'line-color', p.border],
    [L.islands, 'circle-color', p.home],
    [L.islands, 'circle-stroke-color', p.homeStroke],
    [L.home, 'circle-color', p.homeStroke],
    [L.home, 'circle-stroke-color', p.marker],
    [L.partners, 'circle-stroke-color', ['case', highlighted, p.focus, p.markerStroke]],
    [L.partnerLabels, 'text-color', p.label],
    [L.partnerLabels, 'text-halo-color', p.labelHalo],
    [L.homeLabel, 'text-color', p.label],
    [L.homeLabel, 'text-halo-color', p.labelHalo],
    [L.sovereigntyLabels, 'text-color', p.homeStroke],
    [L.sovereigntyLabels, 'text-halo-color', p.labelHalo],
    [L.seaLabel, 'text-color', p.seaLabel],
    [L.seaLabel, 'text-halo-color', p.ocean],
    [GROUP_LABEL_LAYER, 'text-color', p.label],
    [GROUP_LABEL_LAYER, 'text-halo-color', p.labelHalo],
  ];
  paint.push([GROUP_LAYER, 'circle-stroke-color', ['case', groupRing, p.focus, p.marker]]);
  for (const [layer, property, value] of paint) {
    if (map.getLayer(layer)) map.setPaintProperty(layer, property, value);
  }
}
