import { describe, expect, it } from 'vitest';
import type { Partner } from '@/types/partner';
import { countPartners } from '../counts';

const p = (id: string, country: string, relation: string, fields: string[]) =>
  ({ id, country, relation, fields }) as Partner;

// Hand-counted: 5 partners, 4 countries (JP, KR, FR, AR), 3 continents (Asia 3, Europe 1, South America 1).
const partners = [
  p('a', 'JP', 'sister-city', ['ports', 'it']),
  p('b', 'JP', 'mou', ['it']),
  p('c', 'KR', 'mou', []),
  p('d', 'FR', 'friendship-cooperation', ['tourism']),
  p('e', 'AR', 'mou', []),
];
const continent: Record<string, string> = { JP: 'AS', KR: 'AS', FR: 'EU', AR: 'SA' };

describe('countPartners', () => {
  it('counts partners, countries, continents, fields and relation types', () => {
    const c = countPartners(partners, (code) => continent[code]);
    expect(c.partners).toBe(5);
    expect(c.countries).toBe(4);
    expect(Object.fromEntries(c.continents)).toEqual({ AS: 3, EU: 1, SA: 1 });
    expect(Object.fromEntries(c.byField)).toEqual({ ports: 1, it: 2, tourism: 1 });
    expect(c.unrecorded).toBe(2);
    expect(Object.fromEntries(c.byRelation)).toEqual({
      'sister-city': 1,
      mou: 3,
      'friendship-cooperation': 1,
    });
  });

  it('is all zeros for nothing', () => {
    const c = countPartners([], () => undefined);
    expect([c.partners, c.countries, c.continents.size, c.unrecorded]).toEqual([0, 0, 0, 0]);
  });
});
