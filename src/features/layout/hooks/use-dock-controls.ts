import { useEffect, useState } from 'react';
import type { DockTabs } from '../components/dock-tabs';
import type { FoldBar } from '../components/fold-bar';
import type { SheetGrip } from '../components/sheet-grip';
import type { LayoutClass } from '../layout-class';

export interface DockControls {
  DockTabs: typeof DockTabs;
  FoldBar: typeof FoldBar;
  SheetGrip: typeof SheetGrip;
}

let loaded: DockControls | null = null;
let loading: Promise<DockControls> | null = null;

/**
 * The tabs, the sheet's grip and the fold bar: every layout but the wide one uses them, so a wide
 * first view goes without (issue 19). The app starts this with the data when the window is not
 * wide, so a phone's dock shows them from its first frame.
 */
export function loadDockControls(): Promise<DockControls> {
  loading ??= Promise.all([
    import('../components/dock-tabs'),
    import('../components/fold-bar'),
    import('../components/sheet-grip'),
  ]).then(([tabs, fold, grip]) => {
    loaded = { DockTabs: tabs.DockTabs, FoldBar: fold.FoldBar, SheetGrip: grip.SheetGrip };
    return loaded;
  });
  loading.catch(() => (loading = null));
  return loading;
}

/** The dock's controls once loaded (null before: a resize into a narrow layout loads them). */
export function useDockControls(layout: LayoutClass): DockControls | null {
  const [controls, setControls] = useState(loaded);
  useEffect(() => {
    if (controls || layout === 'wide') return;
    let live = true;
    loadDockControls()
      .then((c) => live && setControls(c))
      .catch((error: unknown) => console.error(error));
    return () => {
      live = false;
    };
  }, [controls, layout]);
  return controls;
}
