import type { LocalizedText } from '@/types/partner';
import { contentLangOf, type UiLang } from '@/lib/i18n/languages';
import { localeOf } from './dates';
import { intlSupplement } from './intl-gaps';

/** Names already asked for: Intl is slow over a list of thousands. */
const known = new Map<string, string>();

/**
 * Country name from Intl (or the shipped CLDR names where Intl lacks the language, e.g. Lao in
 * Chromium), with the config's overrides (e.g. MO → "Macau (China)"); an override has vi and en
 * forms, so other interface languages show its English form.
 */
export function countryName(
  code: string,
  lang: UiLang,
  overrides: Record<string, LocalizedText> = {},
): string {
  const override = overrides[code];
  if (override) return override[contentLangOf(lang)];
  const shipped = intlSupplement(lang)?.regions[code];
  if (shipped) return shipped;
  const key = lang + code;
  let name = known.get(key);
  if (name === undefined) {
    name = new Intl.DisplayNames([localeOf(lang)], { type: 'region' }).of(code) ?? code;
    known.set(key, name);
  }
  return name;
}
