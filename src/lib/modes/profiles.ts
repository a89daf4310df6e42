/** The `?mode=` values; no mode is the web page. */
export const MODES = ['kiosk', 'present', 'embed', 'console', 'studio'] as const;
export type Mode = (typeof MODES)[number];

/** Lazy parts the app shell loads for a mode, beside the parts every mode has. */
export type ModePart = 'kiosk-layer' | 'phone' | 'presenter-layer' | 'fullscreen' | 'embed-bridge';

/** Everything that differs between modes; features read this, never the mode's name. */
export interface ModeProfile {
  /** What the app loads: the map app, the presenter's console, or the data studio (the map as its preview). */
  page: 'map' | 'presenter-console' | 'data-studio';
  /** The lazy parts the shell loads and mounts for this mode. */
  parts: readonly ModePart[];
  /** Links out become QR codes (no way to leave the app). */
  qrLinks: boolean;
  share: boolean;
  postcard: boolean;
  /** The numbers section beside the legend. */
  numbers: boolean;
  /** Two fingers or Ctrl to move the map, so the host page scrolls past it. */
  cooperativeGestures: boolean;
  /** Load and WebGL failures are posted to the host page. */
  reportErrorsToHost: boolean;
  /** A newer data file waits for the next reset instead of asking the visitor. */
  updatesAtReset: boolean;
  /** The theme when the URL names none (before the OS's contrast setting). */
  defaultTheme: 'light' | 'dark';
  /** Reset to the launch state and start the attract loop after a while without input. */
  idleReset: boolean;
  /** Clicker and keyboard tour keys (→ ← Space 1–9 B L R F). */
  presenterKeys: boolean;
  /** Reads data/tour.json. */
  tour: boolean;
  /**
   * How the shell arranges the page (features/layout/layout-class.ts): `page` has a bottom sheet
   * on phones; `touch` puts tabs under the map on tall screens; `wall` keeps the sidebar;
   * `frame` folds the list and legend behind buttons in small iframes.
   */
  layout: 'page' | 'touch' | 'wall' | 'frame';
  /**
   * The window width from which an open partner's details sit beside the map in the wide layout;
   * narrower, they rise over the map's lower half, so the map keeps its width (layout-class.ts).
   */
  panelBesideFrom: number;
  /** A mode visitors see: the data studio offers it as a preview of the edited data. */
  visitor: boolean;
  /**
   * The map's names, markers and strokes as a multiple of their laptop size (partner names 12 px)
   * on a window whose shorter side is 1,080 px, in proportion on others (1 to 2.2 times); null
   * follows the page's root font, which grows on 4K and presenter screens (engine/map-scale.ts).
   */
  mapScale: number | null;
  /** The least side, CSS px, of the box a tap on a partner's marker hits; 0 keeps the pointer's own. */
  tapTarget: number;
  /**
   * The lowest zoom shows the whole world at least this share of the map's shorter side (0: only
   * the one-world floor, half the map's width); on a totem, 1: the world fills the width.
   */
  worldFill: number;
  /**
   * In the portrait layout, the home view fits the partners' markers across the map's width (arcs
   * over the far ocean may leave its sides) rather than every whole arc: the world is wider than the
   * map and the partners use more of its height. Zooming out still shows the whole world.
   */
  portraitFitsMarkers: boolean;
}

const WEB: ModeProfile = {
  page: 'map',
  parts: [],
  qrLinks: false,
  share: true,
  postcard: true,
  numbers: true,
  cooperativeGestures: false,
  reportErrorsToHost: false,
  updatesAtReset: false,
  defaultTheme: 'light',
  idleReset: false,
  presenterKeys: false,
  tour: false,
  layout: 'page',
  panelBesideFrom: 0,
  visitor: true,
  mapScale: null,
  tapTarget: 0,
  worldFill: 0,
  portraitFitsMarkers: false,
};

/** One row per mode. A new mode is one more row here (and its name in MODES). */
export const PROFILES: Record<Mode | 'web', ModeProfile> = {
  web: WEB,
  kiosk: {
    ...WEB,
    parts: ['kiosk-layer', 'phone'],
    qrLinks: true,
    share: false,
    postcard: false,
    updatesAtReset: true,
    idleReset: true,
    layout: 'touch',
    // Read standing at arm's length, landscape or totem (both ~1,100 px of world): partner names
    // 12 × 1.4 ≈ 17 px at 1920×1080 and 1080×1920, whatever the page's body type.
    mapScale: 1.4,
    // WCAG 2.5.5's 44 px, for fingers.
    tapTarget: 44,
    worldFill: 1,
    portraitFitsMarkers: true,
  },
  present: {
    ...WEB,
    parts: ['presenter-layer', 'fullscreen'],
    defaultTheme: 'dark',
    presenterKeys: true,
    tour: true,
    layout: 'wall',
  },
  embed: {
    ...WEB,
    parts: ['embed-bridge'],
    numbers: false,
    cooperativeGestures: true,
    reportErrorsToHost: true,
    layout: 'frame',
    // A sidebar and a 28rem panel leave no room for the world in a frame narrower than this.
    panelBesideFrom: 1024,
  },
  console: {
    ...WEB,
    page: 'presenter-console',
    defaultTheme: 'dark',
    tour: true,
    visitor: false,
  },
  studio: { ...WEB, page: 'data-studio', visitor: false },
};

/** A profile's name: a mode, or `web` for none. */
export type ProfileId = Mode | 'web';

/** The modes visitors see, in the profiles' order (the data studio's preview offers these). */
export const VISITOR_MODES = (Object.keys(PROFILES) as ProfileId[]).filter(
  (id) => PROFILES[id].visitor,
);

/** The mode as `<html data-mode>` names it: `page` for the web page. */
export function modeAttr(mode: ProfileId | null): string {
  return mode === null || mode === 'web' ? 'page' : mode;
}

export function profileOf(mode: ProfileId | null): ModeProfile {
  return PROFILES[mode ?? 'web'];
}

export function isMode(value: string | null): value is Mode {
  return (MODES as readonly (string | null)[]).includes(value);
}

/** The mode as the URL names it, for the moments before the URL is read into the store. */
export function modeFromSearch(search: string): Mode | null {
  const value = new URLSearchParams(search).get('mode');
  return isMode(value) ? value : null;
}
