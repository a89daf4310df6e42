import type { FeatureCollection } from 'geojson';
import { contentLangOf } from '@/lib/i18n/languages';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_IDS as L, SOURCE_IDS as S } from '@/config/map-theme';
import { shallow } from 'zustand/shallow';
import { useUiStore } from '@/stores/ui-store';
import { cameraPadding } from './camera';
import { CameraFrame } from './camera-frame';
import { syncStyle } from './style-sync';
import type { buildPartnerFeatures } from './partner-features';
import type { YearAnimation } from './year-animation';
import { YearVisibility } from './year-visibility';
import { bindPointer } from './pointer';
import type { Direction } from '@/lib/geo/pick-direction';
import { GROUP_LAYER, isGroupId } from './group-layers';
import { focusTarget } from './keyboard-focus';
import { PartnerDisplay } from './partner-display';
import { fixedLabelsOf, homeCollection, withFlatNames, type FixedTexts } from './fixed-labels';
import { GroupListWatch } from './group-actions';
import { PartnerMarks } from './partner-marks';
import { OffscreenWatch } from './offscreen';
import { nextTask } from '@/lib/async/next-task';
import { RevealQueue, SOVEREIGNTY_LAYERS } from './reveal-queue';
import { drawn, REGROUP_ON, type Drawn, type EngineOptions } from './engine-options';

type PartnerFeatures = ReturnType<typeof buildPartnerFeatures>;

/** Drives a MapLibre map from the UI store: filters, feature-state, camera. Plain TS, no React. */
export class MapEngine {
  private readonly map: MapLibreMap;
  private readonly options: EngineOptions;
  private hasData = false;
  /** The basemap's fixed names (archipelagos, the sea) are known, so partners can be laid out. */
  private labelsKnown = false;
  private sovereignty: FeatureCollection | null = null;
  private fixedTexts: FixedTexts | undefined;
  private features: PartnerFeatures | null = null;
  private animation: YearAnimation | null = null;
  private readonly visibility: YearVisibility;
  private readonly marks: PartnerMarks;
  private readonly unsubscribe: () => void;
  private readonly unbindPointer: () => void;
  readonly display: PartnerDisplay;
  readonly offscreen: OffscreenWatch;
  readonly groupList: GroupListWatch;
  private shownZoom = NaN;
  private refreshQueued = false;
  private readonly frame: CameraFrame;
  readonly reveal: RevealQueue;

  constructor(map: MapLibreMap, options: EngineOptions) {
    this.map = map;
    this.options = options;
    this.visibility = new YearVisibility(map);
    this.display = new PartnerDisplay(map, options);
    this.display.onFixedTexts = (texts) => this.drawFixedTexts(texts);
    this.marks = new PartnerMarks(map, this.display, options);
    this.offscreen = new OffscreenWatch(map, () => this.display.shown);
    this.groupList = new GroupListWatch(map);
    this.reveal = new RevealQueue(map);
    this.frame = new CameraFrame(map, {
      home: options.home,
      arcs: () => this.display.arcs.values(),
      openArc: () => {
        const id = this.marks.marked.selected;
        return id ? (this.display.arcs.get(id) ?? null) : null;
      },
      panelPlacement: options.panelPlacement,
      reducedMotion: options.reducedMotion,
      worldFill: options.worldFill,
      markersAcross: options.markersAcross,
    });
    map.on('moveend', this.onMoveEnd);
    this.source(S.home)?.setData(homeCollection(options.home, options.homeName));
    this.unbindPointer = bindPointer(map, {
      radius: () => options.hitRadius,
      isHidden: (id) => this.visibility.isHidden(id),
      hover: this.marks.onHover,
      leave: this.marks.onLeave,
      click: (id) => (isGroupId(id) ? this.openGroup(id) : useUiStore.getState().select(id)),
    });
    this.unsubscribe = useUiStore.subscribe(drawn, (state, prev) => this.sync(state, prev), {
      equalityFn: shallow,
    });
    this.sync(drawn(useUiStore.getState()), undefined);
  }

  destroy() {
    this.labelsKnown = false;
    this.display.stop();
    this.frame.destroy();
    this.unsubscribe();
    this.unbindPointer();
    this.map.off('moveend', this.onMoveEnd);
    this.animation?.cancel();
    this.marks.remove();
  }

  /** The islands' and the sea's names drawn on the basemap. */
  setSovereignty(data: FeatureCollection) {
    this.sovereignty = data;
    this.source(S.sovereignty)?.setData(withFlatNames(data, this.fixedTexts));
    this.reveal.show(SOVEREIGNTY_LAYERS);
  }

  /** The archipelagos' names as the last layout broke them to fit the view. */
  private drawFixedTexts(texts: FixedTexts) {
    const key = JSON.stringify(texts);
    if (key === JSON.stringify(this.fixedTexts)) return;
    this.fixedTexts = texts;
    if (this.sovereignty)
      this.source(S.sovereignty)?.setData(withFlatNames(this.sovereignty, texts));
  }

  /** Names partner labels avoid (none if the file failed): partners wait for them, laid out once. */
  setFixedLabels(data: FeatureCollection | null) {
    this.display.setFixedLabels(data ? fixedLabelsOf(data) : []);
    this.labelsKnown = true;
    if (this.hasData) this.refresh();
  }

  setPartners(features: PartnerFeatures) {
    this.features = features;
    this.display.setFeatures(features);
    this.animation?.cancel();
    this.visibility.setPartners(
      features.points.features.map((f) => [f.properties.id, f.properties.year]),
    );
    this.marks.forget();
    if (!this.hasData) this.jumpHome();
    this.hasData = true;
    this.sync(drawn(useUiStore.getState()), undefined);
    // Laid out in a later task than the home view's.
    void nextTask().then(() => this.refresh());
  }

  /** Regroups the shown partners for the current zoom, year, fields, language and selection. */
  refresh() {
    if (!this.labelsKnown) return;
    const { year, fields, lang, partner: selected } = useUiStore.getState();
    this.shownZoom = this.map.getZoom();
    const drawn = this.display.update({
      year,
      fields,
      zoom: this.shownZoom,
      lang: contentLangOf(lang),
      selected,
    });
    const after = () => {
      if (this.hasData) this.reveal.partnersDrawn();
      this.offscreen.emit();
    };
    if (drawn) void drawn.then(after);
    else after();
  }

  /** A burst of steps (a year slider dragged fast) regroups once, at the end of the task. */
  private scheduleRefresh() {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    queueMicrotask(() => {
      this.refreshQueued = false;
      this.refresh();
    });
  }

  private readonly onMoveEnd = () => {
    if (Math.abs(this.map.getZoom() - this.shownZoom) > 0.01) this.refresh();
  };

  /** Zooms to fit a group's members, so each is drawn and named on its own; lists them if they stay together. */
  openGroup(id: string) {
    const group = this.display.groups.get(id);
    if (!group) return;
    const options = {
      padding: cameraPadding(this.map, this.options.panelPlacement()),
      display: this.display,
      lang: contentLangOf(useUiStore.getState().lang),
      reducedMotion: this.options.reducedMotion(),
      list: this.groupList,
    };
    void import('./group-open').then((m) => m.openGroupAt(this.map, group, options));
  }

  /** Tooltip and announcement text for a partner or a group. */
  describe(id: string): string {
    return this.marks.describe(id);
  }

  /** After a lost WebGL context MapLibre rebuilds the style without feature-state (year, hover, selection). */
  restoreState() {
    if (this.features) this.setPartners(this.features);
  }

  jumpHome() {
    this.frame.jumpHome();
  }

  private source(id: string) {
    return this.map.getSource<GeoJSONSource>(id);
  }

  /** Applies what changed since `prev` (everything when there is none). */
  private sync(state: Drawn, prev: Drawn | undefined) {
    const map = this.map;
    syncStyle(map, state, prev);
    if (!prev || state.year !== prev.year || state.fields !== prev.fields) {
      this.animation?.cancel();
      this.visibility.apply(state.year);
      const reached =
        prev &&
        state.playing &&
        state.year !== null &&
        prev.year !== null &&
        state.year > prev.year;
      if (reached && state.year !== null && !this.options.reducedMotion()) {
        this.animation?.play(state.year, state.fields, 1 / state.speed);
      }
    }
    // The draw-in's code loads when playing starts, a step before its first use.
    if (state.playing && !this.animation) void this.loadAnimation();
    this.marks.set('hover', state.hoveredId);
    this.marks.set('focus', state.focusedId);
    const regroup = prev && REGROUP_ON.some((key) => state[key] !== prev[key]);
    if (regroup) this.scheduleRefresh();
    if (this.marks.set('selected', state.partner) && state.partner) this.frame.framePartner();
    if (prev && state.viewResetToken !== prev.viewResetToken) this.frame.flyHome();
    else if (prev?.partner && !state.partner) this.frame.panelClosed();
  }

  private async loadAnimation() {
    const { YearAnimation } = await import('./year-animation');
    this.animation ??= new YearAnimation(this.map, () => this.features, this.visibility);
  }

  /** Moves the keyboard focus ring to the nearest shown partner or group in a direction. */
  moveFocus(direction: Direction): string | null {
    const next = focusTarget(this.map, this.marks.marked.focus, direction, {
      layers: [L.partners, GROUP_LAYER],
      isHidden: (id) => this.visibility.isHidden(id),
    });
    if (next) useUiStore.getState().setFocused(next);
    return next;
  }
}
