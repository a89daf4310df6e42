import { describe, expect, it } from 'vitest';
import { layoutMarkers, type LayoutItem } from '../display-layout';

const item = (id: string, key: string, x: number, y: number, r = 6): LayoutItem => ({
  id,
  key,
  x,
  y,
  r,
  w: 40,
  h: 14,
  rank: 0,
});
const options = (keep: string[] = []) => ({
  scale: 1,
  keepSingle: new Set(keep),
  groupLabelSize: () => ({ w: 60, h: 14 }),
  obstacles: [],
});

describe('layoutMarkers', () => {
  it('groups overlapping markers of one country, never across countries', () => {
    const items = [item('a', 'KR', 100, 100), item('b', 'KR', 104, 101), item('c', 'JP', 300, 100)];
    const { singles, groups } = layoutMarkers(items, options());
    expect(groups.map((g) => g.members.sort())).toEqual([['a', 'b']]);
    expect(singles.map((s) => s.id)).toEqual(['c']);
  });

  it('keeps the selected partner single and shrinks a group disc off it', () => {
    const items = [
      item('sel', 'KR', 100, 100, 14),
      item('a', 'KR', 101, 114),
      item('b', 'KR', 103, 116),
      item('c', 'KR', 99, 117),
    ];
    const { singles, groups } = layoutMarkers(items, options(['sel']));
    expect(singles.map((s) => s.id)).toEqual(['sel']);
    const g = groups[0]!;
    expect(Math.hypot(g.x - 100, g.y - 100)).toBeGreaterThanOrEqual(g.r);
  });

  it('shows a marker mostly covered by another country as a group of one', () => {
    const items = [item('cz', 'CZ', 100, 100), item('de', 'DE', 103, 100)];
    const { singles, groups } = layoutMarkers(items, options());
    expect(singles).toEqual([]);
    expect(groups.map((g) => g.members)).toEqual([['cz'], ['de']]);
  });

  it('makes two groups of one country with as many members (the same name) one group', () => {
    // Two pairs 60 px apart: each pair overlaps, the pairs do not. Both would read "KR · 2".
    const pairs = (dx: number) => [
      item('a', 'KR', 100, 100),
      item('b', 'KR', 104, 101),
      item('c', 'KR', 100 + dx, 100),
      item('d', 'KR', 104 + dx, 101),
    ];
    const near = layoutMarkers(pairs(60), options());
    expect(near.groups.map((g) => g.members.sort())).toEqual([['a', 'b', 'c', 'd']]);
    // Beyond reach (120 px at scale 1) they stay two groups, each by its own markers.
    const far = layoutMarkers(pairs(400), options());
    expect(far.groups.map((g) => g.members.sort())).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});
