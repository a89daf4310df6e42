import { effectiveTheme, type UiState } from '@/stores/ui-store';
import type { Lang } from '@/types/partner';
import type { LabelFont } from './measure-label';
import type { TooltipNative } from './map-tooltip';

/** The part of the store the map draws; other changes (announcements, dialogs, search) never reach it. */
export const drawn = (s: UiState) => ({
  fields: s.fields,
  year: s.year,
  playing: s.playing,
  speed: s.speed,
  lang: s.lang,
  theme: effectiveTheme(s),
  projection: s.projection,
  hoveredId: s.hoveredId,
  focusedId: s.focusedId,
  partner: s.partner,
  viewResetToken: s.viewResetToken,
});
export type Drawn = ReturnType<typeof drawn>;

export interface EngineOptions {
  home: [number, number];
  homeName: Record<Lang, string>;
  /** Tooltip text for a partner id. */
  describe: (id: string) => string;
  /** A partner's own names for its tooltip. */
  nativeNames?: (id: string) => TooltipNative | undefined;
  panelPlacement: () => 'side' | 'bottom' | 'none';
  reducedMotion: () => boolean;
  /** Half the hover and tap box around the pointer, in CSS px. */
  hitRadius: number;
  countryName: (code: string, lang: Lang) => string;
  /** Map type scale (1 on laptops). */
  scale: number;
  /** The mode's `worldFill`: the whole world at least this share of the map's shorter side. */
  worldFill: number;
  /** The home view fits the markers across the map, not every arc (the mode's portrait framing). */
  markersAcross: () => boolean;
  font: LabelFont;
}

/** Store fields that change the shown partners or their names, hence the groups. */
export const REGROUP_ON = ['year', 'fields', 'lang', 'partner'] as const;
