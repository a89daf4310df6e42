import type { Map as MapLibreMap } from 'maplibre-gl';
import { SOURCE_IDS as S } from '@/config/map-theme';
import { contentLangOf } from '@/lib/i18n/languages';
import { useUiStore } from '@/stores/ui-store';
import type { EngineOptions } from './engine-options';
import { describeGroup } from './group-actions';
import { GROUP_SOURCE, isGroupId } from './group-layers';
import { MapTooltip } from './map-tooltip';
import type { PartnerDisplay } from './partner-display';

/** The feature-state keys the partner layers draw (map-style.ts, group-layers.ts). */
export type Mark = 'hover' | 'focus' | 'selected';

/**
 * Hover, keyboard focus and selection, each drawn as feature-state on a partner's point and arc
 * (or on its group marker), and the one tooltip that follows the pointer or the focus ring.
 */
export class PartnerMarks {
  /** The partner or group each mark is on. */
  readonly marked: Record<Mark, string | null> = {
    hover: null,
    focus: null,
    selected: null,
  };
  private readonly tooltip: MapTooltip;

  constructor(
    private readonly map: MapLibreMap,
    private readonly display: PartnerDisplay,
    private readonly options: Pick<EngineOptions, 'describe' | 'nativeNames'>,
  ) {
    this.tooltip = new MapTooltip(map.getContainer());
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

  /** Tooltip and announcement text for a partner or a group. */
  describe(id: string): string {
    const group = this.display.groups.get(id);
    return group
      ? describeGroup(group, this.display, contentLangOf(useUiStore.getState().lang))
      : this.options.describe(id);
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
    this.tooltip.show(this.describe(id), at.x, at.y, this.options.nativeNames?.(id));
  }

  private setState(id: string | null, state: Record<string, boolean>) {
    if (isGroupId(id) && this.display.groups.has(id))
      this.map.setFeatureState({ source: GROUP_SOURCE, id }, state);
    if (!id || !this.display.arcs.has(id)) return;
    this.map.setFeatureState({ source: S.partners, id }, state);
    this.map.setFeatureState({ source: S.arcs, id }, state);
  }
}
