import { countries, getCountryData, type TCountryCode } from 'countries-list';
import { continentOf } from 'virtual:country-continents';
import { describe, expect, it } from 'vitest';

describe('virtual:country-continents', () => {
  it('gives every country the continent countries-list gives it', () => {
    const codes = Object.keys(countries) as TCountryCode[];
    expect(codes.length).toBeGreaterThan(240);
    for (const code of codes)
      expect([code, continentOf(code)]).toEqual([code, getCountryData(code).continent]);
  });

  it('knows no other code', () => {
    for (const code of ['XX', 'ZZ', 'fr', '', 'constructor', '__proto__'])
      expect(continentOf(code)).toBeUndefined();
  });
});
