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
