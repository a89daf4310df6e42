import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelInput } from '../place-labels';

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
