import { COMPACT_BELOW } from '@/lib/embed/height';
import type { ModeProfile } from '@/lib/modes/profiles';

/**
 * How the shell arranges its regions (see src/styles/frame.css):
 * - `wide`: the dock is a sidebar beside the map, the timeline under the map;
 * - `sheet`: phones: the map fills the screen, the dock is a bottom sheet with tabs;
 * - `portrait`: tall touch screens: the map on top, the dock below it with tabs;
 * - `fold`: small embeds: the list and legend fold behind buttons under the map.
 */
export type LayoutClass = 'wide' | 'sheet' | 'portrait' | 'fold';

/** Below this width a web page is a phone: the map plus a bottom sheet. */
export const PHONE_BELOW = 768;

/** The layout for a mode's layout family (its profile) at a window size. */
export function layoutFor(
  family: ModeProfile['layout'],
  width: number,
  height: number,
): LayoutClass {
  switch (family) {
    case 'frame':
      return width < COMPACT_BELOW ? 'fold' : 'wide';
    case 'touch':
      return height > width ? 'portrait' : 'wide';
    case 'wall':
      return 'wide';
    case 'page':
      return width < PHONE_BELOW ? 'sheet' : 'wide';
  }
}

/** Layouts whose dock shows one panel at a time behind tabs. */
export const isTabbed = (layout: LayoutClass) => layout === 'sheet' || layout === 'portrait';

/** Where an open partner's details sit: beside the map, or over its lower half (frame.css). */
export type PanelPlacement = 'side' | 'bottom';

export function panelPlacementFor(
  layout: LayoutClass,
  profile: Pick<ModeProfile, 'panelBesideFrom'>,
  width: number,
): PanelPlacement {
  return layout === 'wide' && width >= profile.panelBesideFrom ? 'side' : 'bottom';
}
