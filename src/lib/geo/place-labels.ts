/** MapLibre's text anchors: the side of the text that touches the point ('top' = text below it). */
export type Anchor =
  'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelInput {
  id: string;
  /** Marker centre and radius; the label sits `r + gap` out from the centre. */
  x: number;
  y: number;
  r: number;
  /** Text box size. */
  w: number;
  h: number;
  /** How many line heights further out the label may go (with a leader); 0 = next to its marker. */
  rings?: number;
}

/** Below, right, left, above, then the corners: the first that collides with nothing wins. */
const ORDER: readonly Anchor[] = [
  'top',
  'left',
  'right',
  'bottom',
  'top-left',
  'top-right',
  'bottom-left',
  'bottom-right',
];

/** The text box for an anchor, with MapLibre's radial offset (corners at offset/√2 on each axis). */
export function labelBox(l: LabelInput, anchor: Anchor, offset: number): Box {
  const d = anchor.includes('-') ? offset / Math.SQRT2 : offset;
  let x0 = l.x - l.w / 2;
  let y0 = l.y - l.h / 2;
  if (anchor.startsWith('top')) y0 = l.y + d;
  if (anchor.startsWith('bottom')) y0 = l.y - d - l.h;
  if (anchor.endsWith('left')) x0 = l.x + d;
  if (anchor.endsWith('right')) x0 = l.x - d - l.w;
  return { x0, y0, x1: x0 + l.w, y1: y0 + l.h };
}

export const circleBox = (x: number, y: number, r: number): Box => ({
  x0: x - r,
  y0: y - r,
  x1: x + r,
  y1: y + r,
});

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A uniform grid of boxes for collision queries. */
class BoxIndex {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly size: number) {}

  private *keys(b: Box) {
    const s = this.size;
    for (let gx = Math.floor(b.x0 / s); gx <= Math.floor(b.x1 / s); gx += 1)
      for (let gy = Math.floor(b.y0 / s); gy <= Math.floor(b.y1 / s); gy += 1) yield `${gx}|${gy}`;
  }

  add(b: Box) {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }

  hits(b: Box, except?: Box): boolean {
    for (const k of this.keys(b))
      for (const o of this.cells.get(k) ?? []) if (o !== except && overlaps(b, o)) return true;
    return false;
  }
}

export interface Placement {
  anchor: Anchor;
  /** Distance from the marker centre to the text, in px; beyond `r + gap` a leader line is drawn. */
  offset: number;
}

/**
 * Places each label (in the given priority order) at the first anchor whose box touches no marker,
 * no fixed obstacle and no label placed before it: next to its marker first, then up to its
 * `rings` line heights further out (drawn with a leader). Labels with no free place get null; when
 * some do, the labels are placed again with those first, and the round with fewest such is kept.
 */
export function placeLabels(
  labels: readonly LabelInput[],
  obstacles: readonly Box[],
  gap: number,
  within?: Box,
): Map<string, Placement | null> {
  let best = placeInOrder(labels, obstacles, gap, within);
  // Up to a few more rounds for a city's few dozen names: those left without a place go first.
  const first = new Set<string>();
  for (let round = 0; round < RETRIES && labels.length <= RETRY_MAX; round += 1) {
    const left = unplaced(best);
    if (!left.length) break;
    for (const id of left) first.add(id);
    const next = placeInOrder(
      [...labels.filter((l) => first.has(l.id)), ...labels.filter((l) => !first.has(l.id))],
      obstacles,
      gap,
      within,
    );
    if (unplaced(next).length < left.length) best = next;
  }
  return best;
}

const RETRIES = 3;
const RETRY_MAX = 500;
const unplaced = (m: Map<string, Placement | null>) =>
  [...m].filter(([, p]) => !p).map(([id]) => id);

function placeInOrder(
  labels: readonly LabelInput[],
  obstacles: readonly Box[],
  gap: number,
  within?: Box,
): Map<string, Placement | null> {
  const index = new BoxIndex(64);
  const own = new Map<string, Box>();
  for (const l of labels) {
    const box = circleBox(l.x, l.y, l.r);
    own.set(l.id, box);
    index.add(box);
  }
  for (const o of obstacles) index.add(o);
  const result = new Map<string, Placement | null>();
  for (const l of labels) {
    let chosen: Placement | null = null;
    for (let ring = 0; ring <= (l.rings ?? 0) && !chosen; ring += 1) {
      const offset = l.r + gap + ring * l.h * 1.2;
      for (const anchor of ORDER) {
        const box = labelBox(l, anchor, offset);
        if (
          within &&
          !(
            box.x0 >= within.x0 &&
            box.x1 <= within.x1 &&
            box.y0 >= within.y0 &&
            box.y1 <= within.y1
          )
        )
          continue;
        if (index.hits(box, own.get(l.id))) continue;
        chosen = { anchor, offset };
        index.add(box);
        break;
      }
    }
    result.set(l.id, chosen);
  }
  return result;
}
