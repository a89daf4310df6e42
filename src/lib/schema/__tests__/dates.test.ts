import { describe, expect, it } from 'vitest';
import { dateSortKey, parsePartialDate, partialDate } from '../dates';

describe('parsePartialDate', () => {
  it('reads year, month and day precision', () => {
    expect(parsePartialDate('2015')).toEqual({ year: 2015, precision: 'year' });
    expect(parsePartialDate('2015-06')).toEqual({ year: 2015, month: 6, precision: 'month' });
    expect(parsePartialDate('2015-06-12')).toEqual({
      year: 2015,
      month: 6,
      day: 12,
      precision: 'day',
    });
  });

  it('knows leap years', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({
      year: 2024,
      month: 2,
      day: 29,
      precision: 'day',
    });
    expect(parsePartialDate('2023-02-29')).toBeNull();
    expect(parsePartialDate('2000-02-29')).not.toBeNull();
    expect(parsePartialDate('1900-02-29')).toBeNull();
  });

  it.each([
    '2025-13-40',
    '2025-13',
    '2025-00',
    '2025-04-31',
    '2025-01-00',
    '25',
    '2015-6-1',
    '2015/06/12',
    '',
    ' 2015',
  ])('rejects %j', (text) => expect(parsePartialDate(text)).toBeNull());
});

describe('dateSortKey', () => {
  it('counts a year-only date as 1 January and a month as its first day', () => {
    expect(dateSortKey(parsePartialDate('2015'))).toBe(Date.UTC(2015, 0, 1));
    expect(dateSortKey(parsePartialDate('2015'))).toBe(dateSortKey(parsePartialDate('2015-01-01')));
    expect(dateSortKey(parsePartialDate('2015-06'))).toBe(
      dateSortKey(parsePartialDate('2015-06-01')),
    );
    expect(dateSortKey(parsePartialDate('2015-06-12'))).toBeGreaterThan(
      dateSortKey(parsePartialDate('2015-06')),
    );
  });

  it('sorts an unknown date last', () => {
    expect(dateSortKey(null)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('partialDate schema', () => {
  const message = (value: unknown) =>
    partialDate.safeParse(value).error?.issues.map((i) => i.message);

  it('says why a date is rejected and what was expected', () => {
    expect(message('2024-02-29')).toBeUndefined();
    expect(message('2025-13-40')).toEqual([
      '"2025-13-40" is not a real date; expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    ]);
    expect(message('12 June 2015')).toEqual([
      '"12 June 2015" is not a date; expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    ]);
    expect(message(2015)).toEqual(['2015 is not text; expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"']);
  });
});
