/** Embed render flags: `?header=0&timeline=0&list=0&legend=0` hide parts of the page. */
export const FLAG_KEYS = ['header', 'timeline', 'list', 'legend'] as const;
export type FlagKey = (typeof FLAG_KEYS)[number];
export type Flags = Record<FlagKey, boolean>;

export function parseFlags(search: string): Flags {
  const params = new URLSearchParams(search);
  return Object.fromEntries(FLAG_KEYS.map((k) => [k, params.get(k) !== '0'])) as Flags;
}

export function flagParams(flags: Flags): URLSearchParams {
  const params = new URLSearchParams();
  for (const k of FLAG_KEYS) if (!flags[k]) params.set(k, '0');
  return params;
}
