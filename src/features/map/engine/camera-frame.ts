import type { Map as MapLibreMap } from 'maplibre-gl';
import { cameraPadding, easeToLine, freeCentreOffset, homeView } from './camera';
import { fitOneWorld, oneWorldZoom } from './one-world';

export interface FrameOptions {
  home: [number, number];
  /** Every partner's arc (the home view fits them all). */
  arcs: () => Iterable<[number, number][]>;
  /** The open partner's arc, if any. */
  openArc: () => readonly [number, number][] | null;
  panelPlacement: () => 'side' | 'bottom' | 'none';
  reducedMotion: () => boolean;
  /** The mode's `worldFill` (one-world.ts). */
  worldFill: number;
  /** The home view fits the markers across the map, not every arc (camera.ts). */
  markersAcross: () => boolean;
}

/**
 * The camera at rest, one rule: the home view fits every arc (beside an open panel); the open
 * partner is framed with home; after a resize (window, rotation, full screen, embed frame) the open
 * partner is framed again, or, with none open, the home view is fitted again if the visitor had not
 * moved away; so it is when the panel closes. One world is drawn; the centre of the map the panel
 * leaves stays on it (one-world.ts).
 */
export class CameraFrame {
  private home: { center: [number, number]; zoom: number } | null = null;
  private refitHome = false;
  private timer = 0;
  /** The free centre's offset for the panel last framed or fitted around (see freeCentreOffset). */
  private offsetX = 0;
  private readonly unfit: () => void;

  constructor(
    private readonly map: MapLibreMap,
    private readonly options: FrameOptions,
  ) {
    this.unfit = fitOneWorld(map, () => this.offsetX, options.worldFill);
    map.on('resize', this.onResize);
  }

  destroy() {
    this.map.off('resize', this.onResize);
    window.clearTimeout(this.timer);
    this.unfit();
  }

  /**
   * The panel closed: the free map is the whole map again; at home, the home view is fitted to it.
   * Away from home, the one-world minimum the view beside the panel had lowered is back.
   */
  panelClosed() {
    const home = this.atHome();
    this.offsetX = 0;
    if (home) return this.flyHome();
    // Eased up to (from below), then set: setting it first would jump. MapLibre skips the easing
    // for reduced motion.
    const floor = oneWorldZoom(this.map, this.options.worldFill);
    this.map.once('moveend', () => this.map.setMinZoom(floor));
    this.map.easeTo({ zoom: Math.max(floor, this.map.getZoom()) });
  }

  jumpHome() {
    const view = this.view();
    this.map.jumpTo(view);
  }

  flyHome() {
    const view = this.view();
    if (this.options.reducedMotion()) this.map.jumpTo(view);
    else this.map.flyTo({ ...view, duration: 1200 });
  }

  /** Eases so that home and the open partner are both in view, clear of the panel and the chips. */
  framePartner() {
    const arc = this.options.openArc();
    if (!arc) return;
    const panel = this.options.panelPlacement();
    this.offsetX = freeCentreOffset(this.map, panel);
    const padding = cameraPadding(this.map, panel);
    easeToLine(this.map, arc, padding, this.options.reducedMotion());
  }

  private view() {
    const panel = this.options.panelPlacement();
    this.offsetX = freeCentreOffset(this.map, panel);
    const { home, worldFill } = this.options;
    const across = this.options.markersAcross();
    const view = homeView(this.map, home, this.options.arcs(), panel, worldFill, across);
    const c = view.center;
    const center: [number, number] = Array.isArray(c)
      ? [c[0], c[1]]
      : 'lng' in c
        ? [c.lng, c.lat]
        : [c.lon, c.lat];
    this.home = { center, zoom: view.zoom };
    return view;
  }

  /** The camera is still (or on its way to) the last home view: same centre, and its zoom (or the new floor). */
  private atHome(): boolean {
    if (!this.home) return false;
    const { center, zoom } = this.home;
    const a = this.map.project(center);
    const b = this.map.project(this.map.getCenter());
    const z = this.map.getZoom();
    const floor = Math.max(zoom, this.map.getMinZoom());
    return Math.hypot(a.x - b.x, a.y - b.y) < 2 && z > zoom - 0.02 && z < floor + 0.02;
  }

  // Decided at the first resize event (before the camera is changed), acted on once the layout settles.
  private readonly onResize = () => {
    this.refitHome ||= this.atHome();
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      const home = this.refitHome;
      this.refitHome = false;
      if (this.options.openArc()) this.framePartner();
      else if (home) this.jumpHome();
    }, 150);
  };
}
