import { COMPACT_BELOW } from '@/lib/embed/height';
import type { Mode } from '@/lib/url/url-state';

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

// A mode profile (issue 13) should name its layout family; until then the choice lives here only.
export function layoutFor(mode: Mode | null, width: number, height: number): LayoutClass {
  if (mode === 'embed') return width < COMPACT_BELOW ? 'fold' : 'wide';
  if (mode === 'kiosk') return height > width ? 'portrait' : 'wide';
  if (mode === 'present') return 'wide';
  return width < PHONE_BELOW ? 'sheet' : 'wide';
}

/** Layouts whose dock shows one panel at a time behind tabs. */
export const isTabbed = (layout: LayoutClass) => layout === 'sheet' || layout === 'portrait';
