import type { Map as MapLibreMap } from 'maplibre-gl';
import { SOURCE_IDS as S } from '@/config/map-theme';
import { signedBy, type ViewYear } from '@/lib/view/year';

/** Feature-state flag the partner layers read: hidden features draw with zero opacity. */
export const HIDDEN = 'hidden';

/**
 * Hides partners signed after the chosen year with feature-state, not a layer filter: a year step
 * touches only the partners whose visibility changed and never reloads a source in the worker.
 */
export class YearVisibility {
  private years = new Map<string, number | null>();
  private readonly hidden = new Set<string>();
  private year: ViewYear = null;

  constructor(private readonly map: MapLibreMap) {}

  /** New data: all feature-state is dropped (hover and selection too) and the hidden ones are set. */
  setPartners(years: Iterable<[string, number | null]>) {
    this.years = new Map(years);
    this.hidden.clear();
    this.map.removeFeatureState({ source: S.partners });
    this.map.removeFeatureState({ source: S.arcs });
    this.apply(this.year);
  }

  apply(year: ViewYear) {
    this.year = year;
    for (const [id, signed] of this.years) {
      const hide = !signedBy(signed, year);
      if (hide === this.hidden.has(id)) continue;
      if (hide) this.hidden.add(id);
      else this.hidden.delete(id);
      this.setHidden(id, hide);
    }
  }

  isHidden(id: string): boolean {
    return this.hidden.has(id);
  }

  /** Arcs only: the year animation hides fresh arcs while it draws them in. */
  setArcHidden(id: string, hide: boolean) {
    this.map.setFeatureState({ source: S.arcs, id }, { [HIDDEN]: hide || this.hidden.has(id) });
  }

  private setHidden(id: string, hide: boolean) {
    this.map.setFeatureState({ source: S.partners, id }, { [HIDDEN]: hide });
    this.map.setFeatureState({ source: S.arcs, id }, { [HIDDEN]: hide });
  }
}
