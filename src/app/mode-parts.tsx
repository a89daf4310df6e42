import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { withStrings } from '@/i18n/i18n';
import type { ModePart, ModeProfile } from '@/lib/modes/profiles';

type Loader = () => Promise<{ default: ComponentType }>;

// Each mode's own code loads in that mode only (issue 8: the first view loads only what it needs).
// The app starts these imports as soon as the mode is known, while the data loads, and waits for
// them under its Suspense: the mode's keys, buttons and embed API are there from the shell's first frame.
const loaders: Record<ModePart | 'presenter-console' | 'data-studio', Loader> = {
  'kiosk-layer': () =>
    import('@/features/kiosk/components/kiosk-layer').then((m) => ({ default: m.KioskLayer })),
  phone: () =>
    import('@/features/kiosk/components/phone-dialog').then((m) => ({ default: m.PhoneDialog })),
  'presenter-layer': () =>
    withStrings(
      () => import('@/features/presenter/components/presenter-layer'),
      'presenter',
    )().then((m) => ({ default: m.PresenterLayer })),
  fullscreen: () =>
    import('@/features/presenter/components/fullscreen-button').then((m) => ({
      default: m.FullscreenButton,
    })),
  'embed-bridge': () =>
    import('@/features/embed/components/embed-bridge').then((m) => ({ default: m.EmbedBridge })),
  'presenter-console': () =>
    withStrings(() => import('@/features/presenter/components/console-view'), 'presenter')().then(
      (m) => ({ default: m.ConsoleView }),
    ),
  // The studio's grid, spreadsheet library and worker: in ?mode=studio only.
  'data-studio': () =>
    import('@/features/studio/components/studio-view').then((m) => ({
      default: m.StudioView as ComponentType,
    })),
};

const parts = Object.fromEntries(
  Object.entries(loaders).map(([id, load]) => [id, lazy(load)]),
) as Record<ModePart | 'presenter-console' | 'data-studio', LazyExoticComponent<ComponentType>>;

type Slot = 'header' | 'stage' | 'dock-footer' | 'root';

/**
 * Where each part sits in the shell: in the header's tools, over the map, in the dock's reserved
 * footer (the kiosk's Start over, never over content), or beside the app.
 */
export const SLOTS: Record<ModePart, Slot> = {
  'kiosk-layer': 'dock-footer',
  phone: 'header',
  'presenter-layer': 'stage',
  fullscreen: 'header',
  'embed-bridge': 'root',
};

/** The mode's parts for one slot of the shell, in the profile's order. */
export function ModeParts({ profile, slot }: { profile: ModeProfile; slot: Slot }) {
  return profile.parts
    .filter((id) => SLOTS[id] === slot)
    .map((id) => {
      const Part = parts[id];
      return <Part key={id} />;
    });
}

export const ConsolePage = parts['presenter-console'];
export const StudioPage = parts['data-studio'] as LazyExoticComponent<
  ComponentType<{ preview: ReactNode }>
>;

/** Starts loading the mode's code; errors surface where the lazy parts render. */
export function preloadMode(profile: ModeProfile) {
  const ids = profile.page === 'map' ? profile.parts : [profile.page];
  for (const id of ids) loaders[id]().catch(() => undefined);
}
