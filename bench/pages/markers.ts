// The common technique (issue 8): one maplibregl.Marker DOM element per partner, plus the same arcs
// as a line layer. Written once, plainly, as most sister-city maps do it; year steps toggle each
// marker's display and filter the arcs. Names show as the marker's tooltip (no map labels).
import '@/styles/fonts.css';
import './markers.css';
import { buildFeatures, loadAll, marks, palette, sizeContainer } from './data';

async function main() {
  const container = document.getElementById('map');
  if (!container) return;
  sizeContainer(container);
  // Fetch first, then load MapLibre alongside (as the app does); the home country comes with the config.
  const loading = loadAll();
  const [
    { arcFilters, buildStyle, createMap, expose, jumpHome, markReady, setSource },
    { Marker },
  ] = await Promise.all([import('./map'), import('maplibre-gl')]);
  const map = await createMap(container, buildStyle([], []));
  marks.load = performance.now();
  const { config, partners, world, sovereignty } = await loading;
  map.setFilter('home-country', ['in', ['get', 'id'], ['literal', config.home.basemapCountryIds]]);
  const { points, arcs } = buildFeatures(config, partners);
  setSource(map, 'land', world.land);
  setSource(map, 'borders', world.borders);
  setSource(map, 'sovereignty', sovereignty);
  setSource(map, 'arcs', arcs);

  const markers = points.features.map(({ properties: p, geometry }) => {
    const el = document.createElement('div');
    el.className = 'partner-marker';
    el.title = p.name_vi;
    el.style.width = el.style.height = `${2 * p.radius}px`;
    el.style.background = p.color;
    el.style.border = `${p.strength >= 4 ? 2 : 1}px solid ${palette.markerStroke}`;
    const marker = new Marker({ element: el })
      .setLngLat(geometry.coordinates as [number, number])
      .addTo(map);
    return { marker, el, year: p.year };
  });

  const homeEl = document.createElement('div');
  homeEl.className = 'home-marker';
  homeEl.style.background = palette.homeStroke;
  homeEl.style.border = `3px solid ${palette.marker}`;
  const homeName = document.createElement('span');
  homeName.textContent = config.home.name.vi;
  homeEl.append(homeName);
  new Marker({ element: homeEl }).setLngLat(config.home.coordinates).addTo(map);

  jumpHome(map, config.home.coordinates, arcs);
  markReady(map);
  expose({
    map,
    marks,
    setYear(year) {
      for (const m of markers) m.el.style.display = year === null || m.year <= year ? '' : 'none';
      const [solid, dashed] = arcFilters(year);
      map.setFilter('arcs-solid', solid);
      map.setFilter('arcs-dashed', dashed);
    },
  });
}

void main();
