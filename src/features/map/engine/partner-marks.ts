import type { Map as MapLibreMap } from 'maplibre-gl';
import { SOURCE_IDS as S } from '@/config/map-theme';
import { useUiStore } from '@/stores/ui-store';
import { GROUP_SOURCE, isGroupId } from './group-layers';
import { MapTooltip, type TooltipNative } from './map-tooltip';
import type { PartnerDisplay } from './partner-display';

/** The feature-state keys the partner layers draw (map-style.ts, group-layers.ts). */
export type Mark = 'hover' | 'focus' | 'selected';

export interface MarkOptions {
  /** Tooltip text for a partner or a group. */
  describe: (id: string) => string;
  nativeNames?: (id: string) => TooltipNative | undefined;
}

/**
 * Hover, keyboard focus and selection, each drawn as feature-state on a partner's point and arc
 * (or on its group marker), and the one tooltip that follows the pointer or the focus ring.
 */
export class PartnerMarks {
  private readonly marked: Record<Mark, string | null> = {
    hover: null,
    focus: null,
    selected: null,
  };
  private readonly tooltip: MapTooltip;

  constructor(
    private readonly map: MapLibreMap,
    private readonly display: PartnerDisplay,
    private readonly options: MarkOptions,
  ) {
    this.tooltip = new MapTooltip(map.getContainer());
  }

  get(mark: Mark): string | null {
    return this.marked[mark];
  }

  /** Moves a mark to another partner or group (or none); false when it stays where it is. */
  set(mark: Mark, id: string | null): boolean {
    const was = this.marked[mark];
    if (id === was) return false;
    this.setState(was, { [mark]: false });
    this.marked[mark] = id;
    this.setState(id, { [mark]: true });
    if (mark === 'focus') this.showFocusTooltip();
    return true;
  }

  /** New data: feature-state went with the old, so nothing is marked. */
  forget() {
    this.marked.hover = this.marked.focus = this.marked.selected = null;
  }

  remove() {
    this.tooltip.remove();
  }

  readonly onHover = (id: string, point: { x: number; y: number }) => {
    if (useUiStore.getState().hoveredId !== id) useUiStore.getState().hover(id);
    this.showTooltip(id, point);
  };

  readonly onLeave = () => {
    this.tooltip.hide();
    useUiStore.getState().hover(null);
  };

  private showFocusTooltip() {
    const focused = this.marked.focus;
    const group = focused ? this.display.groups.get(focused) : undefined;
    const coords = focused ? this.display.pointOf(group?.representative ?? focused) : undefined;
    if (!focused || !coords) {
      if (!useUiStore.getState().hoveredId) this.tooltip.hide();
      return;
    }
    this.showTooltip(focused, this.map.project(coords));
  }

  private showTooltip(id: string, at: { x: number; y: number }) {
    this.tooltip.show(this.options.describe(id), at.x, at.y, this.options.nativeNames?.(id));
  }

  private setState(id: string | null, state: Record<string, boolean>) {
    if (isGroupId(id) && this.display.groups.has(id))
      this.map.setFeatureState({ source: GROUP_SOURCE, id }, state);
    if (!id || !this.display.arcOf(id)) return;
    this.map.setFeatureState({ source: S.partners, id }, state);
    this.map.setFeatureState({ source: S.arcs, id }, state);
  }
}
