import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, LineString } from 'geojson';
import { LAYER_IDS as L, SOURCE_IDS as S } from '@/config/map-theme';
import { partnerFilter, withDash } from './filters';
import type { PartnerFeatureProps } from './partner-features';

const DRAW_MS = 900;
const PULSE_MS = 1100;

/** Draws the arcs of a newly reached year outward from home and pulses their markers once. */
export class YearAnimation {
  private frame = 0;

  constructor(
    private readonly map: MapLibreMap,
    private readonly arcs: () => readonly Feature<LineString, PartnerFeatureProps>[],
  ) {}

  private running = false;

  cancel() {
    if (!this.running) return;
    this.running = false;
    cancelAnimationFrame(this.frame);
    this.map
      .getSource<GeoJSONSource>(S.arcsDraw)
      ?.setData({ type: 'FeatureCollection', features: [] });
    this.map.setFilter(L.pulse, ['boolean', false]);
  }

  play(year: number, fields: readonly string[] | null, durationScale = 1) {
    this.cancel();
    const fresh = this.arcs().filter(
      (f) =>
        f.properties.year === year &&
        (fields === null || fields.some((id) => f.properties.fieldKey.includes(`|${id}|`))),
    );
    if (fresh.length === 0) return;
    const ids = fresh.map((f) => f.properties.id);
    const settled = partnerFilter(year, fields);
    const hideFresh: ExpressionSpecification = [
      'all',
      settled,
      ['!', ['in', ['get', 'id'], ['literal', ids]]],
    ];
    this.map.setFilter(L.arcsSolid, withDash(hideFresh, false));
    this.map.setFilter(L.arcsDashed, withDash(hideFresh, true));
    this.map.setFilter(L.pulse, ['all', settled, ['==', ['get', 'year'], year]]);
    const drawMs = DRAW_MS * durationScale;
    const pulseMs = PULSE_MS * durationScale;
    const start = performance.now();
    const source = this.map.getSource<GeoJSONSource>(S.arcsDraw);
    this.running = true;

    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / drawMs);
      const p = Math.min(1, (now - start) / pulseMs);
      source?.setData({
        type: 'FeatureCollection',
        features: fresh.map((f) => {
          const coords = f.geometry.coordinates;
          const n = Math.max(2, Math.ceil(coords.length * easeOut(t)));
          return { ...f, geometry: { type: 'LineString', coordinates: coords.slice(0, n) } };
        }),
      });
      this.map.setPaintProperty(L.pulse, 'circle-radius', ['*', ['get', 'radius'], 1 + 2.5 * p]);
      this.map.setPaintProperty(L.pulse, 'circle-stroke-opacity', 0.9 * (1 - p));
      if (t < 1 || p < 1) {
        this.frame = requestAnimationFrame(tick);
        return;
      }
      this.cancel();
      this.map.setFilter(L.arcsSolid, withDash(settled, false));
      this.map.setFilter(L.arcsDashed, withDash(settled, true));
    };
    this.frame = requestAnimationFrame(tick);
  }
}

function easeOut(t: number): number {
  return 1 - (1 - t) ** 3;
}
