import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_IDS as L } from '@/config/map-theme';
import { GROUP_LABEL_LAYER, GROUP_LAYER, LEADER_LAYER } from './group-layers';

/** The basemap's island and sea names. */
export const SOVEREIGNTY_LAYERS = [L.islands, L.sovereigntyLabels, L.seaLabel];

/** The land, the home country and the borders. */
const LAND = [L.land, L.homeCountry, L.borders];

/**
 * The partner layers' first appearance: arcs, then markers, then names with their leader lines, so
 * that each frame brings few new programs (the home's circle and name are drawn from the first one).
 */
export const PARTNER_GROUPS = [
  [L.arcsSolid, L.arcsDashed],
  [L.partners, GROUP_LAYER],
  [L.partnerLabels, GROUP_LABEL_LAYER, LEADER_LAYER],
];

/**
 * Layers shown for the first time a group per drawn frame. A GPU program is compiled and a layer's
 * buffers uploaded in the frame that first draws it; with software WebGL, the land, the names and
 * the partners arriving together made one long main-thread task. A group shows once the group
 * before it has been drawn (its sources loaded after a frame); no 'idle' comes in between.
 */
export class RevealQueue {
  private readonly queue: string[][] = [];
  private drawing: string[] | null = null;
  private partners = false;

  /** Hidden until their data is in. */
  constructor(private readonly map: MapLibreMap) {
    for (const id of [...LAND, ...SOVEREIGNTY_LAYERS, ...PARTNER_GROUPS.flat()])
      this.set(id, 'none');
  }

  /** The world's land, then its borders, are whole (each handed over in chunks). */
  readonly land = () => this.show(LAND.slice(0, 2));
  readonly borders = () => this.show(LAND.slice(2));

  /** The partners were drawn for the first time: their layers show, a group per frame. */
  partnersDrawn() {
    if (!this.partners) PARTNER_GROUPS.forEach(this.show);
    this.partners = true;
  }

  /** Shows a group of layers now, or once the groups shown before it have been drawn. */
  readonly show = (layers: string[]) => {
    this.queue.push(layers);
    if (!this.drawing) this.next();
  };

  private next() {
    const group = this.queue.shift();
    if (!this.drawing && group) this.map.on('render', this.onRender);
    if (!group) this.map.off('render', this.onRender);
    this.drawing = group ?? null;
    for (const id of group ?? []) this.set(id, 'visible');
  }

  private readonly onRender = () => {
    const sources = (this.drawing ?? []).map((id) => this.map.getLayer(id)?.source);
    if (sources.every((s) => !s || this.map.isSourceLoaded(s))) this.next();
  };

  private set(id: string, visibility: 'none' | 'visible') {
    if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visibility);
  }
}
