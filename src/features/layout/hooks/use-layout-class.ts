import { useCallback, useLayoutEffect, useSyncExternalStore } from 'react';
import { selectProfile, useUiStore } from '@/stores/ui-store';
import { layoutFor, type LayoutClass } from '../layout-class';

// Resizing, rotating and entering full screen all fire `resize`.
const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};

/** The current layout class, from the mode's profile and the window's size; follows resizes. */
export function useLayoutClass(): LayoutClass {
  const family = useUiStore((s) => selectProfile(s).layout);
  const read = useCallback(
    () => layoutFor(family, window.innerWidth, window.innerHeight),
    [family],
  );
  const layout = useSyncExternalStore(subscribe, read, read);
  // On <html> too, for parts drawn in portals (the details panel) and for the root's type size.
  useLayoutEffect(() => {
    document.documentElement.dataset.layout = layout;
  }, [layout]);
  return layout;
}
