import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, LineString, Point } from 'geojson';
import { SOURCE_IDS as S } from '@/config/map-theme';
import type { buildPartnerFeatures, PartnerFeatureProps } from './partner-features';
import type { YearVisibility } from './year-visibility';
import { splitAtAntimeridian } from './world-pixels';
import { PULSE } from './map-style';

const DRAW_MS = 900;
const PULSE_MS = 1100;

type PartnerFeatures = ReturnType<typeof buildPartnerFeatures>;
type Arc = Feature<LineString, PartnerFeatureProps>;
type Spot = Feature<Point, PartnerFeatureProps>;

/**
 * Draws the arcs of a newly reached year outward from home and pulses their markers once. Only the
 * small draw-in and pulse sources change per frame; the partner layers keep their tiles.
 */
export class YearAnimation {
  private frame = 0;
  private running = false;
  private fresh: Arc[] = [];

  constructor(
    private readonly map: MapLibreMap,
    private readonly features: () => PartnerFeatures | null,
    private readonly visibility: YearVisibility,
  ) {}

  cancel() {
    if (!this.running) return;
    this.running = false;
    cancelAnimationFrame(this.frame);
    this.setData(S.arcsDraw, []);
    this.setData(S.pulse, []);
    for (const f of this.fresh) this.visibility.setArcHidden(f.properties.id, false);
    this.fresh = [];
  }

  play(year: number, fields: readonly string[] | null, durationScale = 1) {
    this.cancel();
    const isFresh = (f: Arc | Spot) =>
      f.properties.year === year &&
      (fields === null || fields.some((id) => f.properties.fieldKey.includes(`|${id}|`)));
    const arcs: readonly Arc[] = this.features()?.arcs.features ?? [];
    const points: readonly Spot[] = this.features()?.points.features ?? [];
    const fresh = arcs.filter(isFresh);
    if (fresh.length === 0) return;
    this.fresh = fresh;
    this.running = true;
    for (const f of fresh) this.visibility.setArcHidden(f.properties.id, true);
    const spots = points.filter(isFresh);
    this.setData(S.pulse, spots);
    const drawMs = DRAW_MS * durationScale;
    const pulseMs = PULSE_MS * durationScale;
    const start = performance.now();

    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / drawMs);
      const p = Math.min(1, (now - start) / pulseMs);
      this.setData(
        S.arcsDraw,
        fresh.map((f) => {
          const coords = f.geometry.coordinates;
          const n = Math.max(2, Math.ceil(coords.length * easeOut(t)));
          const pieces = splitAtAntimeridian(coords.slice(0, n) as [number, number][]);
          return { ...f, geometry: { type: 'MultiLineString', coordinates: pieces } };
        }),
      );
      for (const s of spots)
        this.map.setFeatureState({ source: S.pulse, id: s.properties.id }, { [PULSE]: p });
      if (t < 1 || p < 1) this.frame = requestAnimationFrame(tick);
      else this.cancel();
    };
    this.frame = requestAnimationFrame(tick);
  }

  private setData(id: string, features: Feature[]) {
    this.map.getSource<GeoJSONSource>(id)?.setData({ type: 'FeatureCollection', features });
  }
}

function easeOut(t: number): number {
  return 1 - (1 - t) ** 3;
}
