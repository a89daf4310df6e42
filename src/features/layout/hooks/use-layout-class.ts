import { useCallback, useLayoutEffect, useSyncExternalStore } from 'react';
import { selectProfile, useUiStore } from '@/stores/ui-store';
import { layoutFor, panelPlacementFor, type LayoutClass } from '../layout-class';

// Resizing, rotating and entering full screen all fire `resize`.
const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};

/** The current layout class, from the mode's profile and the window's size; follows resizes. */
export function useLayoutClass(): LayoutClass {
  const profile = useUiStore(selectProfile);
  // The layout and where the details panel sits, as one snapshot ("wide side").
  const read = useCallback(() => {
    const layout = layoutFor(profile.layout, innerWidth, innerHeight);
    return `${layout} ${panelPlacementFor(layout, profile, innerWidth)}`;
  }, [profile]);
  const [layout, panel] = useSyncExternalStore(subscribe, read, read).split(' ') as [
    LayoutClass,
    string,
  ];
  // On <html> too, for parts drawn in portals (the details panel) and for the root's type size.
  useLayoutEffect(() => {
    document.documentElement.dataset.layout = layout;
    document.documentElement.dataset.panel = panel;
  }, [layout, panel]);
  return layout;
}
