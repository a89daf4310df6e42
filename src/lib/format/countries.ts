import type { Lang, LocalizedText } from '@/types/partner';
import { localeOf } from './dates';

const cache = new Map<Lang, Intl.DisplayNames>();

/** Country name from Intl, with the config's overrides (e.g. MO → "Macau (China)"). */
export function countryName(
  code: string,
  lang: Lang,
  overrides: Record<string, LocalizedText> = {},
): string {
  const override = overrides[code];
  if (override) return override[lang];
  let names = cache.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([localeOf(lang)], { type: 'region' });
    cache.set(lang, names);
  }
  return names.of(code) ?? code;
}
