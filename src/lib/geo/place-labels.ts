import { OwnerIndex } from './label-index';

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
  /**
   * How far the text is drawn back toward its marker when above or below it (MapLibre's baseline
   * offset, 7/24 of the text size), in px.
   */
  shift?: number;
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
  const shift = l.shift ?? 0;
  if (anchor.startsWith('top')) y0 = l.y + d - shift;
  if (anchor.startsWith('bottom')) y0 = l.y - d - l.h + shift;
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

export interface Placement {
  anchor: Anchor;
  /** Distance from the marker centre to the text, in px; beyond `r + gap` a leader line is drawn. */
  offset: number;
}

/**
 * Places each label (in the given priority order) at the first place whose box touches no marker,
 * no fixed obstacle and no label placed before it: next to its marker first, then out in steps of
 * half a line height, up to its `rings` line heights (drawn with a leader). Labels with no free
 * place get null; when some do, the labels are placed again with those first, and the round with
 * fewest such is kept. A city's few hundred names are then moved nearer their markers where a
 * nearer place is free, or frees up by moving one other name (see `improve`). `pad` keeps names
 * that far apart (MapLibre draws each name's box 2 px larger on every side).
 */
export function placeLabels(
  labels: readonly LabelInput[],
  obstacles: readonly Box[],
  gap: number,
  within?: Box,
  pad = 0,
): Map<string, Placement | null> {
  // Markers (owner i: label i's own) and obstacles (owners after them).
  const fixed = new OwnerIndex(64);
  const own = labels.map((l) => circleBox(l.x, l.y, l.r));
  own.forEach((box, i) => fixed.set(i, box));
  obstacles.forEach((o, k) => fixed.set(own.length + k, o));
  const free = (i: number, c: Candidate) =>
    (!within || inside(c.box, within)) && !fixed.touching(c.box, i, 1).length;
  const small = labels.length <= RETRY_MAX;
  // A few hundred names: every free place is known up front; thousands: tried lazily, in order.
  const known = small
    ? labels.map((l, i) => [...candidates(l, gap, pad)].filter((c) => free(i, c)))
    : null;
  const options = (i: number) =>
    known ? known[i]! : filterLazy(candidates(labels[i]!, gap, pad), (c) => free(i, c));
  let best = placeInOrder(
    labels.map((_, i) => i),
    options,
  );
  // Up to a few more rounds for a city's few dozen names: those left without a place go first.
  const first = new Set<number>();
  for (let round = 0; round < RETRIES && small; round += 1) {
    const left = best.flatMap((c, i) => (c ? [] : [i]));
    if (!left.length) break;
    for (const i of left) first.add(i);
    const order = labels.map((_, i) => i);
    const next = placeInOrder(
      [...order.filter((i) => first.has(i)), ...order.filter((i) => !first.has(i))],
      options,
    );
    if (next.filter((c) => !c).length < left.length) best = next;
  }
  if (known) best = improve(best, known);
  return new Map(
    labels.map((l, i) => [
      l.id,
      best[i] ? { anchor: best[i].anchor, offset: best[i].offset } : null,
    ]),
  );
}

const RETRIES = 3;
const RETRY_MAX = 500;

interface Candidate extends Placement {
  /** The text's box, `pad` larger: kept clear of the others and inside the view. */
  box: Box;
  step: number;
  /** Lower is better: the leader's length squared (a long leader costs more than two short ones). */
  cost: number;
}

/** Places nearest first: each step out (half a line height) tries every anchor in ORDER. */
function* candidates(l: LabelInput, gap: number, pad: number): Generator<Candidate> {
  const steps = 2 * (l.rings ?? 0);
  for (let step = 0; step <= steps; step += 1) {
    const offset = l.r + gap + step * l.h * 0.6;
    for (const [k, anchor] of ORDER.entries()) {
      const text = labelBox(l, anchor, offset);
      const box = { x0: text.x0 - pad, y0: text.y0 - pad, x1: text.x1 + pad, y1: text.y1 + pad };
      yield { anchor, offset, step, box, cost: offset * offset + k * 0.01 };
    }
  }
}

function* filterLazy<T>(items: Iterable<T>, keep: (t: T) => boolean) {
  for (const t of items) if (keep(t)) yield t;
}

const inside = (b: Box, w: Box) => b.x0 >= w.x0 && b.x1 <= w.x1 && b.y0 >= w.y0 && b.y1 <= w.y1;

/**
 * Each label in turn takes its first free option, clear of the labels placed before it: first
 * only places next to its marker (so a name from afar does not take them), then any.
 */
function placeInOrder(
  order: readonly number[],
  options: (i: number) => Iterable<Candidate>,
): (Candidate | null)[] {
  const placed = new OwnerIndex(64);
  const result: (Candidate | null)[] = order.map(() => null);
  for (const limit of [NEAR, Infinity])
    for (const i of order) {
      if (result[i]) continue;
      for (const c of options(i)) {
        if (c.step > limit) break;
        if (placed.touching(c.box, -1, 1).length) continue;
        result[i] = c;
        placed.set(i, c.box);
        break;
      }
    }
  return result;
}

/** Steps out a name may take in the first round (half a line height: a short leader at most). */
const NEAR = 1;

/** Left without a place: costs more than any leader. */
const NONE = 1e12;

/**
 * Moves names nearer their markers while that lowers the total cost: to a nearer free place, or to
 * a nearer place one other name holds when that name has another place and the pair costs less.
 * Worst-placed first; stops when a pass changes nothing (at most a few passes).
 */
function improve(start: (Candidate | null)[], known: readonly Candidate[][]): (Candidate | null)[] {
  const chosen = [...start];
  const index = new OwnerIndex(64);
  chosen.forEach((c, i) => c && index.set(i, c.box));
  const cost = (i: number) => chosen[i]?.cost ?? NONE;
  const put = (i: number, c: Candidate | null) => {
    chosen[i] = c;
    if (c) index.set(i, c.box);
    else index.remove(i);
  };
  for (let pass = 0; pass < 6; pass += 1) {
    let changed = false;
    const worst = chosen.map((_, i) => i).sort((a, b) => cost(b) - cost(a));
    for (const i of worst) {
      for (const c of known[i]!) {
        if (c.cost >= cost(i)) break;
        const others = index.touching(c.box, i, 2);
        if (!others.length) {
          put(i, c);
          changed = true;
          break;
        }
        if (others.length > 1) continue;
        const j = others[0]!;
        const [was, held, before] = [chosen[i] ?? null, chosen[j]!, cost(i) + cost(j)];
        put(i, c);
        index.remove(j);
        const alt = known[j]!.find((d) => d !== held && !index.touching(d.box, j, 1).length);
        if (alt && c.cost + alt.cost < before) {
          put(j, alt);
          changed = true;
          break;
        }
        put(i, was);
        put(j, held);
      }
    }
    if (!changed) break;
  }
  return chosen;
}
