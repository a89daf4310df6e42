import { mapSettled } from '@/lib/map-settled';

/** How long after the page's load a page without a map (the presenter's console) waits. */
const NO_MAP_MS = 3000;

/**
 * The first view is on screen: the map's first idle (or its failure), or, on a page without a map,
 * a while after load. The offline worker and its update notice wait for it (issue 19).
 */
export const afterFirstView: Promise<void> = Promise.race([
  mapSettled,
  new Promise<void>((resolve) =>
    window.addEventListener('load', () => window.setTimeout(resolve, NO_MAP_MS), { once: true }),
  ),
]);
