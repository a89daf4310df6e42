import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '@/lib/schema/dates';
import type { Partner } from '@/types/partner';
import { signedIn, yearHistogram } from '../histogram';

const p = (id: string, signed: string | null, fields: string[]) =>
  ({ id, signed, date: signed ? parsePartialDate(signed) : null, fields }) as Partner;

const partners = [
  p('a', '2004-10-21', ['it', 'tourism']),
  p('b', '2004', ['tourism']),
  p('c', '2004-03', []),
  p('d', '2006', ['it']),
  p('e', null, ['it']),
];

describe('yearHistogram', () => {
  it('bins signings by year whatever the precision, stacked by primary field in field order', () => {
    const bins = yearHistogram(partners, ['it', 'tourism'], 2004, 2007);
    expect(bins.map((b) => b.year)).toEqual([2004, 2005, 2006, 2007]);
    expect(bins[0]).toEqual({
      year: 2004,
      byField: [
        { field: 'it', count: 1 },
        { field: 'tourism', count: 1 },
        { field: '', count: 1 },
      ],
      total: 3,
    });
    expect(bins[1]!.total).toBe(0);
    expect(bins[2]!.byField).toEqual([{ field: 'it', count: 1 }]);
  });

  it('leaves undated partners out', () => {
    const total = yearHistogram(partners, ['it', 'tourism'], 2000, 2030).reduce(
      (s, b) => s + b.total,
      0,
    );
    expect(total).toBe(4);
  });

  it('lists the partners new in a year', () => {
    expect(signedIn(partners, 2004).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
