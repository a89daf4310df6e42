/** Built from countries-list by tools/vite-plugin-continents.ts. */
declare module 'virtual:country-continents' {
  /** The continent code (AF, AN, AS, EU, NA, OC, SA) of an ISO 3166-1 alpha-2 country code. */
  export function continentOf(country: string): string | undefined;
}
