// The map's first idle with its basemap drawn (or a basemap that failed): the first view is on
// screen. What no visitor sees in the first frame may load from then on (issue 19).
let settle: () => void = () => undefined;

export const mapSettled = new Promise<void>((resolve) => (settle = resolve));

export const markMapSettled = () => settle();

/** What loads after the first view waits this long more, so it never races the first view's end. */
const AFTER_MS = 1000;

/**
 * A second after the first view: the kiosk's idle care, the offline worker's registration and its
 * update notice load then. (A page without a map marks its first view itself: App.tsx.)
 */
export const afterFirstView: Promise<void> = mapSettled.then(
  () => new Promise<void>((resolve) => window.setTimeout(resolve, AFTER_MS)),
);
