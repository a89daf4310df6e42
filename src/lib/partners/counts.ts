import type { Partner } from '@/types/partner';

export interface Counts {
  partners: number;
  countries: number;
  continents: Map<string, number>;
  byField: Map<string, number>;
  byRelation: Map<string, number>;
  /** Partners with no recorded field. */
  unrecorded: number;
}

/** The "by the numbers" figures for a set of partners; continent comes from a lookup by country. */
export function countPartners(
  partners: readonly Partner[],
  continentOf: (country: string) => string | undefined,
): Counts {
  const continents = new Map<string, number>();
  const byField = new Map<string, number>();
  const byRelation = new Map<string, number>();
  const countries = new Set<string>();
  let unrecorded = 0;
  for (const p of partners) {
    countries.add(p.country);
    const continent = continentOf(p.country);
    if (continent) continents.set(continent, (continents.get(continent) ?? 0) + 1);
    for (const f of p.fields) byField.set(f, (byField.get(f) ?? 0) + 1);
    if (p.fields.length === 0) unrecorded++;
    byRelation.set(p.relation, (byRelation.get(p.relation) ?? 0) + 1);
  }
  return {
    partners: partners.length,
    countries: countries.size,
    continents,
    byField,
    byRelation,
    unrecorded,
  };
}
