import type { LocalizedText } from '@/types/partner';
import { contentLangOf, type UiLang } from '@/lib/i18n/languages';
import { localeOf } from './dates';
import { intlSupplement } from './intl-gaps';

const cache = new Map<UiLang, Intl.DisplayNames>();
/** Names already asked for: `Intl.DisplayNames.of` is slow over a list of thousands. */
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
  const key = `${lang}|${code}`;
  const seen = known.get(key);
  if (seen !== undefined) return seen;
  let names = cache.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([localeOf(lang)], { type: 'region' });
    cache.set(lang, names);
  }
  const name = names.of(code) ?? code;
  known.set(key, name);
  return name;
}
