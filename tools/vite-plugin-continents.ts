import { countries } from 'countries-list';
import type { Plugin } from 'vite';

/** The module the numbers panel imports: `continentOf(country)`. */
export const CONTINENTS_MODULE = 'virtual:country-continents';
const RESOLVED_ID = `\0${CONTINENTS_MODULE}`;

/**
 * ISO 3166-1 alpha-2 codes grouped by continent code, two letters per country:
 * `{ AF: 'AOBF…', EU: 'ADAL…', … }`. countries-list stays the source of truth; only this reaches the
 * bundle (about 0.4 kB gzip instead of 11 kB for the whole package, issue 8 budget).
 */
export function continentGroups(): Record<string, string> {
  const groups: Record<string, string> = {};
  for (const code of Object.keys(countries).sort()) {
    const { continent } = countries[code as keyof typeof countries];
    groups[continent] = (groups[continent] ?? '') + code;
  }
  return Object.fromEntries(Object.entries(groups).sort(([a], [b]) => a.localeCompare(b)));
}

/** The source of the virtual module. */
export function continentsModule(): string {
  return `const groups = ${JSON.stringify(continentGroups())};
const byCountry = new Map();
for (const [continent, codes] of Object.entries(groups))
  for (let i = 0; i < codes.length; i += 2) byCountry.set(codes.slice(i, i + 2), continent);
export function continentOf(country) {
  return byCountry.get(country);
}
`;
}

/** Serves `virtual:country-continents`, built from countries-list when the app is built. */
export function countryContinents(): Plugin {
  return {
    name: 'partner-map:country-continents',
    resolveId: (id) => (id === CONTINENTS_MODULE ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? continentsModule() : undefined),
  };
}
