import type { Box } from './place-labels';

export const overlaps = (a: Box, b: Box) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** One box per owner (a placed name), movable: which owners' boxes does a box touch? */
export class OwnerIndex {
  private readonly cells = new Map<string, Set<number>>();
  private readonly boxes = new Map<number, Box>();
  constructor(private readonly size: number) {}

  set(owner: number, b: Box) {
    this.remove(owner);
    this.boxes.set(owner, b);
    for (const k of cellKeys(b, this.size)) {
      const set = this.cells.get(k);
      if (set) set.add(owner);
      else this.cells.set(k, new Set([owner]));
    }
  }

  remove(owner: number) {
    const b = this.boxes.get(owner);
    if (!b) return;
    this.boxes.delete(owner);
    for (const k of cellKeys(b, this.size)) this.cells.get(k)?.delete(owner);
  }

  /** Owners (other than `except`) whose box overlaps `b`, up to `limit` of them. */
  touching(b: Box, except = -1, limit = Infinity): number[] {
    const found: number[] = [];
    for (const k of cellKeys(b, this.size))
      for (const o of this.cells.get(k) ?? [])
        if (o !== except && !found.includes(o) && overlaps(b, this.boxes.get(o)!)) {
          found.push(o);
          if (found.length >= limit) return found;
        }
    return found;
  }
}

function* cellKeys(b: Box, s: number) {
  for (let gx = Math.floor(b.x0 / s); gx <= Math.floor(b.x1 / s); gx += 1)
    for (let gy = Math.floor(b.y0 / s); gy <= Math.floor(b.y1 / s); gy += 1) yield `${gx}|${gy}`;
}
