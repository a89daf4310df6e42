import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_IDS as L, SOURCE_IDS as S } from '@/config/map-theme';
import { shallow } from 'zustand/shallow';
import { effectiveTheme, useUiStore, type UiState } from '@/stores/ui-store';
import { MAP_PALETTES } from '@/config/map-theme';
import { applyPalette } from './apply-palette';
import type { Lang } from '@/types/partner';
import { cameraPadding, homeView, lineBounds } from './camera';
import { fieldFilter, withDash, withLabelZoom } from './filters';
import { labelField } from './map-style';
import type { buildPartnerFeatures } from './partner-features';
import { YearAnimation } from './year-animation';
import { YearVisibility } from './year-visibility';
import { bindPointer } from './pointer';
import { pickInDirection, type Direction, type ScreenPoint } from '@/lib/geo/pick-direction';

type PartnerFeatures = ReturnType<typeof buildPartnerFeatures>;

/** The part of the store the map draws; other changes (announcements, dialogs, search) never reach it. */
const drawn = (s: UiState) => ({
  fields: s.fields,
  year: s.year,
  playing: s.playing,
  speed: s.speed,
  lang: s.lang,
  theme: effectiveTheme(s),
  projection: s.projection,
  hoveredId: s.hoveredId,
  focusedId: s.focusedId,
  partner: s.partner,
  viewResetToken: s.viewResetToken,
});
type Drawn = ReturnType<typeof drawn>;

export interface EngineOptions {
  home: [number, number];
  homeName: Record<Lang, string>;
  /** Tooltip text for a partner id. */
  describe: (id: string) => string;
  panelPlacement: () => 'side' | 'bottom' | 'none';
  reducedMotion: () => boolean;
  /** Half the hover and tap box around the pointer, in CSS px. */
  hitRadius: number;
}

const LABEL_LAYERS = [L.partnerLabels, L.homeLabel, L.sovereigntyLabels, L.seaLabel];

/** Drives a MapLibre map from the UI store: filters, feature-state, camera. Plain TS, no React. */
export class MapEngine {
  private readonly map: MapLibreMap;
  private readonly options: EngineOptions;
  private arcs = new Map<string, [number, number][]>();
  private hovered: string | null = null;
  private hasData = false;
  private features: PartnerFeatures | null = null;
  private readonly animation: YearAnimation;
  private readonly visibility: YearVisibility;
  private selected: string | null = null;
  private focused: string | null = null;
  private points = new Map<string, [number, number]>();
  private readonly tooltip: HTMLDivElement;
  private readonly unsubscribe: () => void;
  private readonly unbindPointer: () => void;

  constructor(map: MapLibreMap, options: EngineOptions) {
    this.map = map;
    this.options = options;
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'map-tooltip';
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.hidden = true;
    map.getContainer().appendChild(this.tooltip);
    this.visibility = new YearVisibility(map);
    this.animation = new YearAnimation(
      map,
      () => ({
        arcs: this.features?.arcs.features ?? [],
        points: this.features?.points.features ?? [],
      }),
      this.visibility,
    );

    const home = {
      type: 'Feature' as const,
      properties: { name_vi: options.homeName.vi, name_en: options.homeName.en },
      geometry: { type: 'Point' as const, coordinates: options.home },
    };
    this.source(S.home)?.setData({ type: 'FeatureCollection', features: [home] });

    this.unbindPointer = bindPointer(map, {
      radius: () => options.hitRadius,
      isHidden: (id) => this.visibility.isHidden(id),
      hover: this.onHover,
      leave: this.onLeave,
      click: (id) => useUiStore.getState().select(id),
    });
    this.unsubscribe = useUiStore.subscribe(drawn, (state, prev) => this.sync(state, prev), {
      equalityFn: shallow,
    });
    this.sync(drawn(useUiStore.getState()), undefined);
  }

  destroy() {
    this.unsubscribe();
    this.unbindPointer();
    this.animation.cancel();
    this.tooltip.remove();
  }

  setBasemap(land: FeatureCollection, borders: FeatureCollection) {
    this.source(S.land)?.setData(land);
    this.source(S.borders)?.setData(borders);
  }

  setSovereignty(data: FeatureCollection) {
    const flat = {
      ...data,
      features: data.features.map((f) => {
        const name = (f.properties?.name ?? {}) as Record<string, string>;
        return { ...f, properties: { ...f.properties, name_vi: name.vi, name_en: name.en } };
      }),
    };
    this.source(S.sovereignty)?.setData(flat);
  }

  setPartners(features: PartnerFeatures) {
    this.features = features;
    this.points = new Map(
      features.points.features.map((f) => [
        f.properties.id,
        f.geometry.coordinates as [number, number],
      ]),
    );
    this.arcs = new Map(
      features.arcs.features.map((f) => [
        f.properties.id,
        f.geometry.coordinates as [number, number][],
      ]),
    );
    this.source(S.partners)?.setData(features.points);
    this.source(S.arcs)?.setData(features.arcs);
    this.animation.cancel();
    this.visibility.setPartners(
      features.points.features.map((f) => [f.properties.id, f.properties.year]),
    );
    this.hovered = null;
    this.selected = null;
    this.focused = null;
    if (!this.hasData) this.jumpHome();
    this.hasData = true;
    this.sync(drawn(useUiStore.getState()), undefined);
  }

  jumpHome() {
    this.map.jumpTo(homeView(this.map, this.options.home, this.arcs.values()));
  }

  private source(id: string) {
    return this.map.getSource<GeoJSONSource>(id);
  }

  /** Applies what changed since `prev` (everything when there is none). */
  private sync(state: Drawn, prev: Drawn | undefined) {
    const map = this.map;
    // Fields (a rare change) filter the layers; the year (scrubbed, played) only flips feature-state.
    if (!prev || state.fields !== prev.fields) {
      const filter = fieldFilter(state.fields);
      map.setFilter(L.partners, filter);
      map.setFilter(L.partnerLabels, withLabelZoom(filter));
      map.setFilter(L.arcsSolid, withDash(filter, false));
      map.setFilter(L.arcsDashed, withDash(filter, true));
    }
    if (!prev || state.year !== prev.year || state.fields !== prev.fields) {
      this.animation.cancel();
      this.visibility.apply(state.year);
      const reached =
        prev &&
        state.playing &&
        state.year !== null &&
        prev.year !== null &&
        state.year > prev.year;
      if (reached && state.year !== null && !this.options.reducedMotion()) {
        this.animation.play(state.year, state.fields, 1 / state.speed);
      }
    }
    if (!prev || state.lang !== prev.lang) {
      for (const id of LABEL_LAYERS)
        if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', labelField(state.lang));
    }
    if (!prev || state.theme !== prev.theme) {
      applyPalette(map, MAP_PALETTES[state.theme]);
    }
    if (!prev || state.projection !== prev.projection) {
      map.setProjection({ type: state.projection });
    }
    if (state.hoveredId !== this.hovered) {
      this.setState(this.hovered, { hover: false });
      this.hovered = state.hoveredId;
      this.setState(this.hovered, { hover: true });
    }
    if (state.focusedId !== this.focused) {
      this.setState(this.focused, { focus: false });
      this.focused = state.focusedId;
      this.setState(this.focused, { focus: true });
      this.showFocusTooltip();
    }
    if (state.partner !== this.selected) {
      this.setState(this.selected, { selected: false });
      this.selected = state.partner;
      this.setState(this.selected, { selected: true });
      if (this.selected) this.focusPartner(this.selected);
    }
    if (prev && state.viewResetToken !== prev.viewResetToken) {
      const view = homeView(map, this.options.home, this.arcs.values());
      if (this.options.reducedMotion()) map.jumpTo(view);
      else map.flyTo({ ...view, duration: 1200 });
    }
  }

  /** Moves the keyboard focus ring to the nearest shown partner in a direction (from the centre at first). */
  moveFocus(direction: Direction): string | null {
    const canvas = this.map.getCanvas().getBoundingClientRect();
    const seen = new Set<string>();
    const points: ScreenPoint[] = [];
    for (const f of this.map.queryRenderedFeatures({ layers: [L.partners] })) {
      const id = String(f.properties.id);
      if (seen.has(id) || f.geometry.type !== 'Point' || this.visibility.isHidden(id)) continue;
      seen.add(id);
      const p = this.map.project(f.geometry.coordinates as [number, number]);
      points.push({ id, x: p.x, y: p.y });
    }
    const current = points.find((p) => p.id === this.focused);
    const origin = current ?? { x: canvas.width / 2, y: canvas.height / 2 };
    const next =
      pickInDirection(origin, points, direction) ?? (current ? null : nearest(origin, points));
    if (next) useUiStore.getState().setFocused(next.id);
    return next?.id ?? null;
  }

  private showFocusTooltip() {
    const coords = this.focused ? this.points.get(this.focused) : undefined;
    if (!this.focused || !coords) {
      if (!useUiStore.getState().hoveredId) this.tooltip.hidden = true;
      return;
    }
    const p = this.map.project(coords);
    this.tooltip.textContent = this.options.describe(this.focused);
    this.tooltip.hidden = false;
    this.tooltip.style.transform = `translate(${p.x + 14}px, ${p.y + 14}px)`;
  }

  private setState(id: string | null, state: Record<string, boolean>) {
    if (!id || !this.arcs.has(id)) return;
    this.map.setFeatureState({ source: S.partners, id }, state);
    this.map.setFeatureState({ source: S.arcs, id }, state);
  }

  /** Eases so that home and partner are both in view, clear of the detail panel. */
  private focusPartner(id: string) {
    const arc = this.arcs.get(id);
    if (!arc) return;
    const padding = cameraPadding(this.map, this.options.panelPlacement());
    const camera = this.map.cameraForBounds(lineBounds(arc), { padding, maxZoom: 6 });
    if (!camera) return;
    if (this.options.reducedMotion()) this.map.jumpTo(camera);
    else this.map.easeTo({ ...camera, duration: 1000 });
  }

  private readonly onHover = (id: string, point: { x: number; y: number }) => {
    if (useUiStore.getState().hoveredId !== id) useUiStore.getState().hover(id);
    this.tooltip.textContent = this.options.describe(id);
    this.tooltip.hidden = false;
    this.tooltip.style.transform = `translate(${point.x + 14}px, ${point.y + 14}px)`;
  };

  private readonly onLeave = () => {
    this.tooltip.hidden = true;
    useUiStore.getState().hover(null);
  };
}

function nearest(
  origin: { x: number; y: number },
  points: readonly ScreenPoint[],
): ScreenPoint | null {
  let best: ScreenPoint | null = null;
  for (const p of points) {
    if (
      !best ||
      Math.hypot(p.x - origin.x, p.y - origin.y) < Math.hypot(best.x - origin.x, best.y - origin.y)
    )
      best = p;
  }
  return best;
}
