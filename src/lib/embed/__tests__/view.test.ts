import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '@/lib/schema/dates';
import type { Partner } from '@/types/partner';
import {
  allFieldIds,
  embedView,
  planSelect,
  planSetFields,
  planSetYear,
  sameView,
  type ViewState,
} from '../view';

const partner = (id: string, signed: string | null, fields: string[]): Partner => ({
  id,
  name: { vi: id, en: id },
  country: 'FR',
  kind: 'city',
  relation: 'mou',
  signed,
  date: signed ? parsePartialDate(signed) : null,
  fields,
  summary: { vi: 's', en: 's' },
  sources: [{ title: 't', url: 'https://example.org' }],
  coordinates: [0, 0],
});

const partners = [
  partner('yokohama', '2004-10-21', ['ports', 'it']),
  partner('busan', '2012', ['tourism']),
  partner('le-havre', '2025-10-06', ['ports']),
  partner('undated', null, []),
];
const FIELDS = allFieldIds(['ports', 'it', 'tourism']);
const NOW = 2026;
const today: ViewState = { partner: null, year: null, fields: null, lang: 'en' };

describe('embedView', () => {
  it('spells out all fields and every visible id at today', () => {
    expect(embedView(today, partners, FIELDS)).toEqual({
      year: null,
      fields: ['ports', 'it', 'tourism', 'unrecorded'],
      partner: null,
      lang: 'en',
      visible: ['yokohama', 'busan', 'le-havre', 'undated'],
    });
  });

  it('follows year and fields, fields in config order', () => {
    const view = embedView(
      { ...today, year: 2012, fields: ['tourism', 'ports'], lang: 'vi' },
      partners,
      FIELDS,
    );
    expect(view).toMatchObject({ year: 2012, fields: ['ports', 'tourism'], lang: 'vi' });
    expect(view.visible).toEqual(['yokohama', 'busan']);
  });

  it('compares views by value', () => {
    const a = embedView(today, partners, FIELDS);
    expect(sameView(a, embedView({ ...today }, partners, FIELDS))).toBe(true);
    expect(sameView(a, embedView({ ...today, partner: 'busan' }, partners, FIELDS))).toBe(false);
    expect(sameView(a, embedView({ ...today, fields: ['ports'] }, partners, FIELDS))).toBe(false);
  });
});

describe('planSelect', () => {
  it('ignores an unknown id', () => {
    expect(planSelect(partners, today, 'atlantis', NOW)).toBeNull();
  });

  it('selects a visible partner and clears with null', () => {
    expect(planSelect(partners, today, 'le-havre', NOW)).toEqual({ partner: 'le-havre' });
    expect(planSelect(partners, { ...today, partner: 'busan' }, null, NOW)).toEqual({
      partner: null,
    });
  });

  it('makes a hidden partner visible like a ?partner= link', () => {
    expect(planSelect(partners, { ...today, year: 2010 }, 'le-havre', NOW)).toEqual({
      partner: 'le-havre',
      year: 2025,
    });
    expect(planSelect(partners, { ...today, fields: ['it'] }, 'busan', NOW)).toEqual({
      partner: 'busan',
      fields: ['it', 'tourism'],
    });
    expect(planSelect(partners, { ...today, year: 2010, fields: [] }, 'undated', NOW)).toEqual({
      partner: 'undated',
      year: null,
      fields: ['unrecorded'],
    });
  });
});

describe('planSetYear', () => {
  it('clamps like the URL: below the first year → first; this year or later → today', () => {
    expect(planSetYear(partners, today, 1990, NOW).year).toBe(2004);
    expect(planSetYear(partners, today, 2010, NOW).year).toBe(2010);
    expect(planSetYear(partners, today, NOW, NOW).year).toBeNull();
    expect(planSetYear(partners, today, 3000, NOW).year).toBeNull();
    expect(planSetYear(partners, today, null, NOW).year).toBeNull();
  });

  it('deselects a partner signed after the year', () => {
    const selected = { ...today, partner: 'le-havre' };
    expect(planSetYear(partners, selected, 2010, NOW).deselected?.id).toBe('le-havre');
    expect(planSetYear(partners, selected, 2025, NOW).deselected).toBeNull();
    expect(planSetYear(partners, selected, null, NOW).deselected).toBeNull();
  });
});

describe('planSetFields', () => {
  it('drops unknown ids and turns the full list into "all on"', () => {
    expect(planSetFields(partners, today, ['it', 'mining'], FIELDS)).toEqual({
      fields: ['it'],
      partner: null,
      unknown: ['mining'],
    });
    expect(planSetFields(partners, today, [...FIELDS].reverse(), FIELDS).fields).toBeNull();
    expect(planSetFields(partners, today, [], FIELDS).fields).toEqual([]);
  });

  it('deselects a partner the fields hide', () => {
    const selected = { ...today, partner: 'busan' };
    expect(planSetFields(partners, selected, ['ports'], FIELDS).partner).toBeNull();
    expect(planSetFields(partners, selected, ['tourism'], FIELDS).partner).toBe('busan');
  });
});
