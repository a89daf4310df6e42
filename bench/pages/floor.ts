// The floor (issue 8): the app's basemap, arcs and points as plain MapLibre layers, nothing else; year
// steps are layer filters. About as fast as MapLibre itself can draw the map. Partner name labels are
// not part of the floor (nor of the DOM-marker page), so what they cost shows in the app's ratios;
// `?labels=1` adds them (the app's label layer, plainly) to see that cost on its own.
import type { LayerSpecification } from 'maplibre-gl';
import { FONT_BOLD, FONT_REGULAR } from '@/config/map-theme';
import { buildFeatures, loadAll, marks, palette, sizeContainer } from './data';

const withLabels = new URLSearchParams(window.location.search).get('labels') === '1';

const partnerLabels: LayerSpecification = {
  id: 'partner-labels',
  type: 'symbol',
  source: 'partners',
  layout: {
    'text-field': ['get', 'name_vi'],
    'text-font': [FONT_REGULAR],
    'text-size': 12,
    'text-offset': [0, 0.9],
    'text-anchor': 'top',
    'text-optional': true,
    'symbol-sort-key': ['-', 10, ['get', 'strength']],
  },
  paint: {
    'text-color': palette.label,
    'text-halo-color': palette.labelHalo,
    'text-halo-width': 1.5,
  },
};

const partnerLayers: LayerSpecification[] = [
  {
    id: 'partners',
    type: 'circle',
    source: 'partners',
    paint: {
      'circle-color': ['get', 'color'],
      'circle-radius': ['get', 'radius'],
      'circle-stroke-color': palette.markerStroke,
      'circle-stroke-width': ['case', ['>=', ['get', 'strength'], 4], 2, 1],
      'circle-pitch-alignment': 'map',
    },
  },
  {
    id: 'home',
    type: 'circle',
    source: 'home',
    paint: {
      'circle-color': palette.homeStroke,
      'circle-radius': 8,
      'circle-stroke-color': palette.marker,
      'circle-stroke-width': 3,
    },
  },
  ...(withLabels ? [partnerLabels] : []),
  {
    id: 'home-label',
    type: 'symbol',
    source: 'home',
    layout: {
      'text-field': ['get', 'name_vi'],
      'text-font': [FONT_BOLD],
      'text-size': 15,
      'text-offset': [0, -1.1],
      'text-anchor': 'bottom',
      'text-allow-overlap': true,
    },
    paint: {
      'text-color': palette.label,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 2,
    },
  },
];

async function main() {
  const container = document.getElementById('map');
  if (!container) return;
  sizeContainer(container);
  // Fetch first, then load MapLibre alongside (as the app does); the home country comes with the config.
  const loading = loadAll();
  const { arcFilters, buildStyle, createMap, expose, jumpHome, markReady, setSource, yearFilter } =
    await import('./map');
  const map = await createMap(container, buildStyle([], partnerLayers));
  marks.load = performance.now();
  const { config, partners, world, sovereignty } = await loading;
  map.setFilter('home-country', ['in', ['get', 'id'], ['literal', config.home.basemapCountryIds]]);
  const { points, arcs } = buildFeatures(config, partners);
  const home = config.home;
  setSource(map, 'land', world.land);
  setSource(map, 'borders', world.borders);
  setSource(map, 'sovereignty', sovereignty);
  setSource(map, 'arcs', arcs);
  setSource(map, 'partners', points);
  setSource(map, 'home', {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name_vi: home.name.vi, name_en: home.name.en },
        geometry: { type: 'Point', coordinates: home.coordinates },
      },
    ],
  });
  jumpHome(map, home.coordinates, arcs);
  markReady(map);
  expose({
    map,
    marks,
    setYear(year) {
      const filter = yearFilter(year);
      map.setFilter('partners', filter);
      if (withLabels) map.setFilter('partner-labels', filter);
      const [solid, dashed] = arcFilters(year);
      map.setFilter('arcs-solid', solid);
      map.setFilter('arcs-dashed', dashed);
    },
  });
}

void main();
