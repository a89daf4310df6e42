import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { SOURCE_IDS as S } from '@/config/map-theme';
import { circleBox } from '@/lib/geo/place-labels';
import type { Lang } from '@/types/partner';
import { fixedLabelPlan, type FixedLabel, type FixedTexts } from './fixed-labels';
import type { ShownPoint } from './offscreen';
import { layoutSteps, type Layout, type LayoutItem } from './display-layout';
import { nextTask } from '@/lib/async/next-task';
import { GROUP_SOURCE, LEADER_SOURCE } from './group-layers';
import { layoutFeatures, namePlacement, type ShownGroup } from './layout-features';
import { viewInWorld } from './map-covers';
import { measureLabel, type LabelFont } from './measure-label';
import { labelStack, NATIVE_NAME_ZOOM } from './map-style';
import type { buildPartnerFeatures, PartnerFeatureProps } from './partner-features';
import { worldPixels } from './world-pixels';

type PartnerFeatures = ReturnType<typeof buildPartnerFeatures>;
/** Undated partners rank after every dated one. */
const UNDATED = 1e6;
/** Sets larger than this are laid out over several tasks, a step (or this many names) each. */
const LARGE = 1000;

export interface DisplayState {
  year: number | null;
  fields: readonly string[] | null;
  zoom: number;
  lang: Lang;
  selected: string | null;
}

export interface DisplayOptions {
  home: [number, number];
  homeName: Record<Lang, string>;
  countryName: (code: string, lang: Lang) => string;
  /** Map type scale (1 on laptops). */
  scale: number;
  font: LabelFont;
}

/** The one rule for "shown": signed by the chosen year (undated only at "today") and in a field turned on. */
export function isShownFeature(
  p: PartnerFeatureProps,
  year: number | null,
  fields: readonly string[] | null,
): boolean {
  // Undated partners (year null) show only at "today" (lib/view/year.ts).
  if (year !== null && (p.year === null || p.year > year)) return false;
  return fields === null || fields.some((f) => p.fieldKey.includes(`|${f}|`));
}

/**
 * What the partner layers draw at the current zoom: shown partners that overlap others of their
 * country become one group marker (with `point_count`) and one arc; names are placed clear of
 * every marker and of each other, strongest relation first, then earliest signing.
 */
export class PartnerDisplay {
  private features: PartnerFeatures | null = null;
  private points = new Map<string, Feature<Point, PartnerFeatureProps>>();
  /** Each partner's arc from home, by id. */
  arcs: ReadonlyMap<string, [number, number][]> = new Map();
  private signature = '';
  private runs = 0;
  private fixed: readonly FixedLabel[] = [];
  /** Told the fixed labels' texts as each layout breaks them (map-engine.ts draws them). */
  onFixedTexts: (texts: FixedTexts) => void = () => {};
  groups = new Map<string, ShownGroup>();
  /** The partners shown now (after the year and the fields), for the edge chips. */
  shown: ShownPoint[] = [];

  constructor(
    private readonly map: MapLibreMap,
    private readonly options: DisplayOptions,
  ) {}

  setFixedLabels(labels: readonly FixedLabel[]) {
    this.fixed = labels;
    this.signature = '';
  }

  setFeatures(features: PartnerFeatures) {
    this.features = features;
    this.points = new Map(features.points.features.map((f) => [f.properties.id, f]));
    this.arcs = new Map(
      features.arcs.features.map((f) => [
        f.properties.id,
        f.geometry.coordinates as [number, number][],
      ]),
    );
    this.signature = '';
  }

  /**
   * Lays out and draws the shown partners. A large set takes several tasks (resolves when drawn, or
   * when a later update replaced it); a city's few dozen are done on return.
   */
  update(state: DisplayState): Promise<void> | undefined {
    const run = ++this.runs;
    const steps = this.steps(state);
    if ((this.features?.points.features.length ?? 0) <= LARGE) {
      while (!steps.next().done);
      return;
    }
    return (async () => {
      do await nextTask();
      while (run === this.runs && !steps.next().done);
    })();
  }

  /** Drops a layout still in progress (the map is going). */
  stop() {
    this.runs += 1;
  }

  private *steps(state: DisplayState): Generator<void, void> {
    if (!this.features) return;
    const { scale, font, home, homeName } = this.options;
    const px = worldPixels(state.zoom, 0);
    const size = 12 * scale;
    // MapLibre draws a name above or below its point this much nearer (its baseline offset).
    const shift = (7 / 24) * size;
    const shown = this.features.points.features.filter((f) =>
      isShownFeature(f.properties, state.year, state.fields),
    );
    this.shown = shown.map((f) => ({
      id: f.properties.id,
      coordinates: f.geometry.coordinates as [number, number],
      country: f.properties.country,
    }));
    // Label priority: stronger relation first, then earlier signing.
    const order = [...shown].sort(
      (a, b) =>
        b.properties.strength - a.properties.strength ||
        (a.properties.year ?? UNDATED) - (b.properties.year ?? UNDATED) ||
        a.properties.id.localeCompare(b.properties.id),
    );
    const items: LayoutItem[] = [];
    for (const [rank, f] of order.entries()) {
      if (rank % LARGE === LARGE - 1) yield;
      const p = f.properties;
      const [x, y] = px(f.geometry.coordinates as [number, number]);
      const text = state.lang === 'vi' ? p.name_vi : p.name_en;
      // The selected marker draws half as large again (map-style.ts).
      const r = (p.radius * (p.id === state.selected ? 1.5 : 1) + 1.5) * scale;
      const box = measureLabel(text, size, font.regular);
      // At closer zooms the partner's own name is a second line (map-style.ts).
      if (p.native && p.native_lang && state.zoom >= NATIVE_NAME_ZOOM) {
        const line = measureLabel(p.native, size, labelStack(p.native_lang));
        Object.assign(box, { w: Math.max(box.w, line.w), h: box.h + line.h });
      }
      items.push({ id: p.id, key: p.country, x, y, r, rank, shift, ...box });
    }
    const [hx, hy] = px(home);
    const homeText = measureLabel(homeName[state.lang], 15 * scale, font.bold);
    const world = 512 * 2 ** state.zoom;
    const { view, covered } = viewInWorld(this.map);
    const fixed = fixedLabelPlan(this.fixed, px, state.zoom, state.lang, scale, font, {
      view,
      covered,
    });
    this.onFixedTexts(fixed.texts);
    const layout = yield* layoutSteps(items, {
      scale,
      // Names stay inside the one world, or the view where it shows more (the ocean around a
      // whole world on a phone).
      within: {
        x0: Math.min(0, view.x0),
        y0: Math.min(0, view.y0),
        x1: Math.max(world, view.x1),
        y1: Math.max(world, view.y1),
      },
      keepSingle: new Set(state.selected ? [state.selected] : []),
      groupLabelSize: (key, n) => ({
        ...measureLabel(this.groupLabel(key, n)[state.lang], size, font.bold),
        shift,
      }),
      obstacles: [
        ...fixed.boxes,
        circleBox(hx, hy, 15 * scale),
        // Not under the map's buttons or a risen sheet, where a name could not be read.
        ...covered,
        // The home name sits up-left (see the home-label layer).
        { x0: hx - 7.5 * scale - homeText.w, y0: hy - 9 * scale - homeText.h, x1: hx, y1: hy },
      ],
    });
    this.render(layout, state, px);
  }

  /** A partner's coordinates. */
  pointOf(id: string): [number, number] | undefined {
    return this.points.get(id)?.geometry.coordinates as [number, number] | undefined;
  }

  /** A shown partner's name in a language. */
  nameOf(id: string, lang: Lang): string {
    const p = this.points.get(id)?.properties;
    return (lang === 'vi' ? p?.name_vi : p?.name_en) ?? id;
  }

  groupLabel(country: string, n: number): Record<Lang, string> {
    const name = (lang: Lang) => this.options.countryName(country, lang);
    return { vi: `${name('vi')} · ${n}`, en: `${name('en')} · ${n}` };
  }

  private render(layout: Layout, state: DisplayState, px: ReturnType<typeof worldPixels>) {
    const { scale } = this.options;
    const placed = namePlacement(layout, scale);
    const signature = JSON.stringify([
      state.zoom.toFixed(2),
      state.lang,
      layout.singles.map((s) => [s.id, placed(s.id, s.r)]),
      layout.groups.map((g) => [g.id, g.members.length, g.r, placed(g.id, g.r)]),
    ]);
    if (signature === this.signature) return;
    this.signature = signature;
    const drawn = layoutFeatures(layout, {
      points: this.points,
      arcs: this.arcs,
      px,
      zoom: state.zoom,
      scale,
      groupLabel: (key, n) => this.groupLabel(key, n),
    });
    this.groups = drawn.shown;
    this.setData(S.partners, drawn.points);
    this.setData(S.arcs, drawn.arcs);
    this.setData(GROUP_SOURCE, drawn.groups);
    this.setData(LEADER_SOURCE, drawn.leaders);
  }

  private setData(id: string, features: Feature[]) {
    const data: FeatureCollection = { type: 'FeatureCollection', features };
    this.map.getSource<GeoJSONSource>(id)?.setData(data);
  }
}
