import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, type LabelInput } from '../place-labels';

const label = (id: string, x: number, y: number): LabelInput => ({ id, x, y, r: 2, w: 40, h: 10 });
const overlaps = (a: number[], b: number[]) =>
  a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

describe('placeLabels', () => {
  // B (below A) can only put its name above itself: everything lower is taken. A's first choice,
  // its name below it, is that same place; A has others (above itself).
  const a = label('a', 50, 42);
  const b = label('b', 50, 60);
  const floor = { x0: 0, y0: 57, x1: 100, y1: 100 };
  const within = { x0: 0, y0: 0, x1: 100, y1: 100 };

  it('finds every name a place when one exists, whatever the priority order', () => {
    const placed = placeLabels([a, b], [floor], 2, within);
    expect(placed.get('a')).not.toBeNull();
    expect(placed.get('b')).toMatchObject({ anchor: 'bottom' });
    // The two names do not overlap (boxes worked out by hand from the anchors).
    const boxOf = (l: LabelInput, anchor: string, offset: number) => {
      const y0 = anchor === 'top' ? l.y + offset : anchor === 'bottom' ? l.y - offset - l.h : 0;
      return [l.x - l.w / 2, y0, l.x + l.w / 2, y0 + l.h];
    };
    const pa = placed.get('a')!;
    const pb = placed.get('b')!;
    expect(['top', 'bottom']).toContain(pa.anchor);
    expect(overlaps(boxOf(a, pa.anchor, pa.offset), boxOf(b, pb.anchor, pb.offset))).toBe(false);
  });

  it('keeps the given order when every name finds a place', () => {
    const placed = placeLabels([a, label('far', 50, 10)], [], 2, within);
    expect(placed.get('a')).toMatchObject({ anchor: 'top' });
  });
});

describe('placeLabels: drawn as MapLibre draws, nearest first', () => {
  // A column 44 px wide: only names above or below their markers fit (40 px wide).
  const column = (y0: number, y1: number) => ({ x0: 78, y0, x1: 122, y1 });
  const name = (id: string, y: number, rings = 6): LabelInput => ({
    id,
    x: 100,
    y,
    r: 2,
    w: 40,
    h: 10,
    rings,
  });

  it('draws a name above or below its marker `shift` px nearer (the baseline offset)', () => {
    const l = { ...name('a', 100), shift: 3.5 };
    // Worked by hand: below, the box's top is 100 + 10 - 3.5; above, its bottom is 100 - 10 + 3.5.
    expect(labelBox(l, 'top', 10)).toEqual({ x0: 80, y0: 106.5, x1: 120, y1: 116.5 });
    expect(labelBox(l, 'bottom', 10)).toEqual({ x0: 80, y0: 83.5, x1: 120, y1: 93.5 });
  });

  it('keeps `pad` px between names, markers and obstacles', () => {
    // A wall 1 px below the name's first place: free with no pad, too near with 2 px.
    const wall = { x0: 0, y0: 115, x1: 200, y1: 130 };
    const l = name('a', 100);
    expect(placeLabels([l], [wall], 2, undefined, 0).get('a')).toEqual({
      anchor: 'top',
      offset: 4,
    });
    expect(placeLabels([l], [wall], 2, undefined, 2).get('a')?.anchor).not.toBe('top');
  });

  it('gives the place next to a marker to its own name before a name from afar', () => {
    // A (first in order) has no place near its marker, and the nearest one further out is B's only
    // place: B gets it, A finds none (without the near-first round: the reverse).
    const a = name('a', 140);
    const b = name('b', 100);
    const block = { x0: 78, y0: 115, x1: 122, y1: 138 };
    const placed = placeLabels([a, b], [block], 2, column(90, 142));
    expect(placed.get('b')).toEqual({ anchor: 'top', offset: 4 });
    expect(placed.get('a')).toBeNull();
  });

  it('moves a name nearer when another name can make room by moving as near', () => {
    // B takes the place below itself first; A's only near place is there. B can sit above itself
    // as near, so both end next to their markers (without the improvement, A: 28 px out).
    const b = name('b', 100);
    const a = name('a', 122);
    const placed = placeLabels([b, a], [], 2, column(80, 125));
    expect(placed.get('a')).toEqual({ anchor: 'bottom', offset: 4 });
    expect(placed.get('b')).toEqual({ anchor: 'bottom', offset: 4 });
  });
});
