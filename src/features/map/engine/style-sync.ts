import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_IDS as L, MAP_PALETTES } from '@/config/map-theme';
import { contentLangOf, type UiLang } from '@/lib/i18n/languages';
import { applyPalette } from './apply-palette';
import { fieldFilter, withDash } from './filters';
import { GROUP_LABEL_LAYER, groupLabelField } from './group-layers';
import { fixedLabelField, labelField, partnerLabel } from './map-style';

/** Each label layer's text in a language. */
const LABEL_LAYERS = [
  [L.partnerLabels, partnerLabel],
  [L.homeLabel, labelField],
  [L.sovereigntyLabels, fixedLabelField],
  [L.seaLabel, labelField],
] as const;

/** The store fields that set layer filters and properties. */
export interface StyleState {
  fields: readonly string[] | null;
  lang: UiLang;
  theme: keyof typeof MAP_PALETTES;
  projection: Parameters<MapLibreMap['setProjection']>[0]['type'];
}

/** Sets the layers' filters, label language, palette and projection that changed since `prev`. */
export function syncStyle(map: MapLibreMap, state: StyleState, prev: StyleState | undefined) {
  // Fields (a rare change) filter the layers; the year (scrubbed, played) only flips feature-state.
  if (!prev || state.fields !== prev.fields) {
    const filter = fieldFilter(state.fields);
    map.setFilter(L.partners, filter);
    map.setFilter(L.partnerLabels, filter);
    map.setFilter(L.arcsSolid, withDash(filter, false));
    map.setFilter(L.arcsDashed, withDash(filter, true));
  }
  if (!prev || state.lang !== prev.lang) {
    for (const [id, field] of LABEL_LAYERS)
      if (map.getLayer(id))
        map.setLayoutProperty(id, 'text-field', field(contentLangOf(state.lang)));
    map.setLayoutProperty(
      GROUP_LABEL_LAYER,
      'text-field',
      groupLabelField(contentLangOf(state.lang)),
    );
  }
  if (!prev || state.theme !== prev.theme) {
    applyPalette(map, MAP_PALETTES[state.theme]);
  }
  if (!prev || state.projection !== prev.projection) {
    map.setProjection({ type: state.projection });
  }
}
