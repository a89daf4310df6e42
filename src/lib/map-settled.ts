// The map's first idle with its basemap drawn (or a basemap that failed): the first view is on
// screen. What no visitor sees in the first frame may load from then on (issue 19).
let settle: () => void = () => undefined;

export const mapSettled = new Promise<void>((resolve) => (settle = resolve));

export const markMapSettled = () => settle();
