import { describe, expect, it } from 'vitest';
import { testPartner } from '@/testing/view-fixture';
import { makeCatalog } from '../catalog';
import { changeFields, changeYear, reveal } from '../rules';
import { isShown } from '../visibility';
import { clampYear, compareSigned, positionOf, yearAt, yearRange } from '../year';

const partner = testPartner;

const a = partner('a', '1994-05', ['it']);
const b = partner('b', '2012', ['ports']);
const c = partner('c', null, []);
const catalog = makeCatalog([a, b, c], ['it', 'ports'], 2026);
const state = (partner: string | null, year: number | null, fields: string[] | null = null) => ({
  partner,
  year,
  fields,
});

describe('year encoding', () => {
  const range = { first: 1994, current: 2026 };
  it('clamps below the first year to it, and this year or later to today (null)', () => {
    expect(clampYear(1950, range)).toBe(1994);
    expect(clampYear(2010, range)).toBe(2010);
    expect(clampYear(2026, range)).toBeNull();
    expect(clampYear(2090, range)).toBeNull();
    expect(clampYear(null, range)).toBeNull();
  });
  it('maps the slider: its last position is today, and back', () => {
    expect(yearAt(2026, range)).toBeNull();
    expect(yearAt(2025, range)).toBe(2025);
    expect(positionOf(null, range)).toBe(2026);
    expect(positionOf(2000, range)).toBe(2000);
  });
  it('spans the data, at least one year, from the earliest signing', () => {
    expect(yearRange([a, b, c], 2026)).toEqual({ first: 1994, current: 2026 });
    expect(yearRange([c], 2026)).toEqual({ first: 2025, current: 2026 });
  });
  it('orders undated partners last', () => {
    expect([null, 2012, 1994].sort(compareSigned)).toEqual([1994, 2012, null]);
  });
});

describe('isShown', () => {
  it('needs both the year and the fields', () => {
    expect(isShown(b, 2012, null)).toBe(true);
    expect(isShown(b, 2011, null)).toBe(false);
    expect(isShown(b, 2012, ['it'])).toBe(false);
    expect(isShown(c, null, ['unrecorded'])).toBe(true);
    expect(isShown(c, 2025, null)).toBe(false);
  });
});

describe('changeYear', () => {
  it('deselects a partner signed after the new year, with a notice naming it', () => {
    expect(changeYear(state('b', null), 2000, catalog)).toEqual({
      year: 2000,
      partner: null,
      notice: { partner: b, year: 2000 },
    });
  });
  it('keeps a partner signed by then, and clamps the year', () => {
    expect(changeYear(state('a', null), 1990, catalog)).toEqual({
      year: 1994,
      partner: 'a',
      notice: null,
    });
    expect(changeYear(state('c', 2000), 2030, catalog)).toEqual({
      year: null,
      partner: 'c',
      notice: null,
    });
  });
});

describe('reveal', () => {
  it('moves the year to the signing year and turns the first field on', () => {
    expect(reveal(state(null, 2000, ['it']), 'b', catalog)).toEqual(
      state('b', 2012, ['it', 'ports']),
    );
  });
  it('moves to today for an undated partner, and turns "unrecorded" on for one without fields', () => {
    expect(reveal(state(null, 2000, ['it']), 'c', catalog)).toEqual(
      state('c', null, ['it', 'unrecorded']),
    );
  });
  it('changes nothing else when the partner shows already, and ignores unknown ids', () => {
    expect(reveal(state(null, 2020, null), 'a', catalog)).toEqual(state('a', 2020, null));
    expect(reveal(state(null, 2020, null), 'nobody', catalog)).toBeNull();
  });
});

describe('changeFields', () => {
  const all = ['it', 'ports', 'unrecorded'];
  it('folds the full list into "all on" and deselects a partner the fields hide', () => {
    expect(changeFields(state('b', null), all, all, catalog)).toEqual({
      fields: null,
      partner: 'b',
    });
    expect(changeFields(state('b', null), ['it', 'nope'], all, catalog)).toEqual({
      fields: ['it'],
      partner: null,
    });
  });
});
