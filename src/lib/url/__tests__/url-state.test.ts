import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from '../url-state';

const FIELDS = ['ports', 'it', 'tourism'];
const ctx = { fieldIds: FIELDS };
const out = { defaultLang: 'vi' as const, fieldIds: FIELDS };
const state = (over: Partial<UrlState>): UrlState => ({ ...EMPTY_URL_STATE, ...over });

afterEach(() => vi.restoreAllMocks());

describe('parseUrlState: every parameter', () => {
  it.each([
    ['lang=en', { lang: 'en' }],
    ['mode=kiosk', { mode: 'kiosk' }],
    ['mode=console', { mode: 'console' }],
    ['partner=le-havre', { partner: 'le-havre' }],
    ['year=2010', { year: 2010 }],
    ['fields=ports,unrecorded', { fields: ['ports', 'unrecorded'] }],
    ['fields=', { fields: [] }],
    ['projection=globe', { projection: 'globe' }],
    ['theme=contrast', { theme: 'contrast' }],
    ['data=other%2Fpartners.geojson', { data: 'other/partners.geojson' }],
    ['idle=30', { idle: 30 }],
    ['health=1', { health: true }],
  ])('?%s', (query, expected) => {
    const { state: parsed, warnings } = parseUrlState(`?${query}`, ctx);
    expect(parsed).toEqual(state(expected as Partial<UrlState>));
    expect(warnings).toEqual([]);
  });

  it('absent parameters keep their defaults', () => {
    expect(parseUrlState('', ctx).state).toEqual(EMPTY_URL_STATE);
  });
});

describe('parseUrlState: invalid values are dropped with a warning', () => {
  it.each([
    ['lang=fr', 'lang'],
    ['mode=admin', 'mode'],
    ['partner=<script>', 'partner'],
    ['year=soon', 'year'],
    ['projection=albers', 'projection'],
    ['theme=pink', 'theme'],
    ['idle=-5', 'idle'],
    ['idle=0', 'idle'],
    ['health=yes', 'health'],
  ])('?%s', (query, key) => {
    const { state: parsed, warnings } = parseUrlState(`?${query}`, ctx);
    expect(parsed).toEqual(EMPTY_URL_STATE);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`?${key}=`);
  });

  it('keeps the valid fields and warns about unknown ones', () => {
    const { state: parsed, warnings } = parseUrlState('?fields=ports,space,it', ctx);
    expect(parsed.fields).toEqual(['ports', 'it']);
    expect(warnings).toEqual([expect.stringContaining('space')]);
  });

  it('warns about unknown parameters unless a feature reads them', () => {
    expect(parseUrlState('?zoom=3', ctx).warnings).toEqual(['Ignoring unknown parameter ?zoom']);
    expect(parseUrlState('?header=0', { ...ctx, knownExtra: ['header'] }).warnings).toEqual([]);
  });
});

describe('serializeUrlState', () => {
  it('leaves defaults out', () => {
    expect(serializeUrlState(state({ lang: 'vi' }), out)).toBe('');
    expect(
      serializeUrlState(state({ fields: ['ports', 'it', 'tourism', 'unrecorded'] }), out),
    ).toBe('');
  });

  it('writes every parameter in the canonical order', () => {
    const all = state({
      health: true,
      idle: 20,
      data: 'x.geojson',
      theme: 'dark',
      projection: 'globe',
      fields: ['tourism', 'ports'],
      year: 2012,
      partner: 'genoa',
      mode: 'kiosk',
      lang: 'en',
    });
    expect(serializeUrlState(all, out)).toBe(
      '?lang=en&mode=kiosk&partner=genoa&year=2012&fields=ports,tourism&projection=globe&theme=dark&data=x.geojson&idle=20&health=1',
    );
  });

  it('writes an empty field list as fields=', () => {
    expect(serializeUrlState(state({ fields: [] }), out)).toBe('?fields=');
  });

  it('round-trips through parse', () => {
    const s = state({
      lang: 'en',
      partner: 'daegu',
      year: 2004,
      fields: ['it', 'unrecorded'],
      theme: 'contrast',
    });
    expect(parseUrlState(serializeUrlState(s, out), ctx).state).toEqual(s);
  });
});
