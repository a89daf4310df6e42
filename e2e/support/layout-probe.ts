/**
 * Reads a page's layout the way a visitor meets it: whether the page scrolls, how much of the
 * window shows the map, and where the controls are. Runs inside the page (page.evaluate), with
 * no knowledge of the app's layout code.
 */
export interface LayoutReport {
  scrollHeight: number;
  scrollWidth: number;
  innerHeight: number;
  innerWidth: number;
  /** Share of the window in which the map is the topmost thing (40 × 40 sample points). */
  mapShare: number;
  overlaps: string[];
  /** Controls with something else on top of their middle (a panel over the map's buttons). */
  covered: string[];
  outside: string[];
  /** Visible controls smaller than `minControl` in either direction. */
  small: string[];
  controls: number;
  /** Each control measured: its name, size and share on screen. */
  boxes: ControlBox[];
}

export interface ControlBox {
  name: string;
  width: number;
  height: number;
  /** Share of it inside the window and every ancestor that clips it. */
  shown: number;
}

export interface ProbeOptions {
  /** Controls smaller than this (CSS px) in either direction are `small`. */
  minControl: number;
  /** Only the controls inside this selector (default: the whole page). */
  within?: string;
}

export function probeLayout({ minControl, within = 'html' }: ProbeOptions): LayoutReport {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const doc = document.documentElement;

  // The map's share: the topmost element at each sample point lies inside the map region.
  const map = document.querySelector('[data-testid="map"]');
  let hits = 0;
  const N = 40;
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      const el = document.elementFromPoint(((i + 0.5) * vw) / N, ((j + 0.5) * vh) / N);
      if (map && el && map.contains(el)) hits++;
    }

  // Leaf controls: buttons, links, inputs, sliders, tabs (not one that holds another).
  const CONTROL =
    'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="slider"], [role="tab"], [role="button"]';
  const modal = [
    ...document.querySelectorAll('[role="dialog"][aria-modal="true"], [role="alertdialog"]'),
  ].find((d) => (d as HTMLElement).checkVisibility());
  const all = [...document.querySelectorAll<HTMLElement>(`${within} :is(${CONTROL})`)].filter(
    (el) => !el.querySelector(CONTROL) && (!modal || modal.contains(el)),
  );
  const name = (el: Element) => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
    return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} "${text}"`;
  };

  interface Box {
    el: HTMLElement;
    rect: DOMRect;
    l: number;
    t: number;
    r: number;
    b: number;
    scroller: boolean;
    share: number;
  }
  const boxes: Box[] = [];
  for (const el of all) {
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    if (el.closest('[aria-hidden="true"], [inert]')) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden (the skip link)
    let [l, t, r, b] = [rect.left, rect.top, rect.right, rect.bottom];
    let scroller = false;
    // Clip by every ancestor that clips, up to a fixed-position box (which escapes them).
    let node: HTMLElement | null = el;
    while (node && node !== doc) {
      const style = getComputedStyle(node);
      if (node !== el && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) {
        const a = node.getBoundingClientRect();
        [l, t, r, b] = [
          Math.max(l, a.left),
          Math.max(t, a.top),
          Math.min(r, a.right),
          Math.min(b, a.bottom),
        ];
        const scrolls = (o: string) => o === 'auto' || o === 'scroll';
        if (
          (scrolls(style.overflowY) && node.scrollHeight > node.clientHeight) ||
          (scrolls(style.overflowX) && node.scrollWidth > node.clientWidth)
        )
          scroller = true;
      }
      if (style.position === 'fixed') break;
      node = node.parentElement;
    }
    const shown = r - l > 1 && b - t > 1;
    if (!shown && scroller) continue; // scrolled out of view inside its own region
    const onScreen =
      Math.max(0, Math.min(r, vw) - Math.max(l, 0)) * Math.max(0, Math.min(b, vh) - Math.max(t, 0));
    boxes.push({ el, rect, l, t, r, b, scroller, share: onScreen / (rect.width * rect.height) });
  }

  // Off the window, or cut off by a box that does not scroll to it.
  const cut = (x: Box) =>
    !x.scroller && (x.r - x.l) * (x.b - x.t) < 0.9 * x.rect.width * x.rect.height;
  const outside = boxes
    .filter((x) => cut(x) || x.l < -1 || x.t < -1 || x.r > vw + 1 || x.b > vh + 1)
    .map((x) => `${name(x.el)} at ${Math.round(x.rect.left)},${Math.round(x.rect.top)}`);

  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const p = boxes[i]!;
      const q = boxes[j]!;
      if (p.el.contains(q.el) || q.el.contains(p.el)) continue;
      const w = Math.min(p.r, q.r) - Math.max(p.l, q.l);
      const h = Math.min(p.b, q.b) - Math.max(p.t, q.t);
      if (w > 1 && h > 1) overlaps.push(`${name(p.el)} × ${name(q.el)}`);
    }

  const covered: string[] = [];
  for (const x of boxes) {
    if (x.r - x.l <= 1 || x.b - x.t <= 1) continue;
    const hit = document.elementFromPoint((x.l + x.r) / 2, (x.t + x.b) / 2);
    if (hit && !x.el.contains(hit))
      covered.push(`${name(x.el)} under ${hit.tagName.toLowerCase()}.${hit.className}`);
  }

  const small = boxes
    .filter((x) => x.r - x.l > 1 && x.b - x.t > 1)
    .filter((x) => x.rect.width < minControl - 0.5 || x.rect.height < minControl - 0.5)
    .map((x) => `${name(x.el)} ${Math.round(x.rect.width)}×${Math.round(x.rect.height)}`);

  return {
    scrollHeight: doc.scrollHeight,
    scrollWidth: doc.scrollWidth,
    innerHeight: vh,
    innerWidth: vw,
    mapShare: hits / (N * N),
    overlaps,
    covered,
    outside,
    small,
    controls: boxes.length,
    boxes: boxes.map((x) => ({
      name: name(x.el),
      width: x.rect.width,
      height: x.rect.height,
      shown: x.share,
    })),
  };
}
