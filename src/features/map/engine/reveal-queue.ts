import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_IDS as L } from '@/config/map-theme';
import { GROUP_LABEL_LAYER, GROUP_LAYER, LEADER_LAYER } from './group-layers';

/** The basemap's island and sea names. */
export const SOVEREIGNTY_LAYERS = [L.islands, L.sovereigntyLabels, L.seaLabel];

/**
 * The partner layers' first appearance: arcs, then markers, then names with their leader lines, so
 * that each frame brings few new programs (the home's circle and name are drawn from the first one).
 */
export const PARTNER_GROUPS: readonly (readonly string[])[] = [
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
  private readonly queue: (readonly string[])[] = [];
  private drawing: readonly string[] | null = null;
  private partners = false;

  /** The island names and the partner layers are hidden until their data is in. */
  constructor(private readonly map: MapLibreMap) {
    for (const id of [...SOVEREIGNTY_LAYERS, ...PARTNER_GROUPS.flat()]) this.set(id, false);
  }

  /** The partners were drawn for the first time: their layers show, a group per frame. */
  partnersDrawn() {
    if (this.partners) return;
    this.partners = true;
    for (const group of PARTNER_GROUPS) this.show(group);
  }

  /** Shows a group of layers now, or once the groups shown before it have been drawn. */
  readonly show = (layers: readonly string[]) => {
    this.queue.push(layers);
    if (!this.drawing) this.next();
  };

  /** Stops showing (the map is going). */
  stop() {
    this.map.off('render', this.onRender);
    this.queue.length = 0;
    this.drawing = null;
  }

  /** Everything queued shows at once (the context was rebuilt: nothing to spread). */
  flush() {
    const rest = this.queue.flat();
    this.stop();
    for (const id of rest) this.set(id, true);
  }

  private next() {
    const group = this.queue.shift();
    if (!this.drawing && group) this.map.on('render', this.onRender);
    if (!group) this.map.off('render', this.onRender);
    this.drawing = group ?? null;
    for (const id of group ?? []) this.set(id, true);
  }

  private readonly onRender = () => {
    const sources = (this.drawing ?? []).map((id) => this.map.getLayer(id)?.source);
    if (sources.every((s) => !s || this.map.isSourceLoaded(s))) this.next();
  };

  private set(id: string, visible: boolean) {
    if (this.map.getLayer(id))
      this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }
}
