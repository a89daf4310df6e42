import { describe, expect, it } from 'vitest';
import { testPartner } from '@/testing/view-fixture';
import type { Partner } from '@/types/partner';
import { visiblePartners } from '../visibility';
import { firstSignedYear } from '../year';

const partner = testPartner;

const all = [
  partner('a', '2004-10-21', ['it']),
  partner('b', '2012', ['ports', 'tourism']),
  partner('c', '2012-12', []),
  partner('d', null, ['tourism']),
];
const ids = (list: Partner[]) => list.map((p) => p.id);

describe('visiblePartners', () => {
  it('is cumulative by year, whatever the precision', () => {
    expect(ids(visiblePartners(all, 2011, null))).toEqual(['a']);
    expect(ids(visiblePartners(all, 2012, null))).toEqual(['a', 'b', 'c']);
  });

  it('shows undated partners only at today', () => {
    expect(ids(visiblePartners(all, null, null))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shows a partner when any of its fields is on, and unrecorded ones under "unrecorded"', () => {
    expect(ids(visiblePartners(all, null, ['tourism']))).toEqual(['b', 'd']);
    expect(ids(visiblePartners(all, null, ['unrecorded']))).toEqual(['c']);
    expect(ids(visiblePartners(all, null, []))).toEqual([]);
  });

  it('finds the first signed year', () => {
    expect(firstSignedYear(all)).toBe(2004);
    expect(firstSignedYear([])).toBeNull();
  });
});
