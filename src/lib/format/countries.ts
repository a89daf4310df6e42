import type { LocalizedText } from '@/types/partner';
import type { UiLang } from '@/lib/i18n/languages';
import { localeOf } from './dates';

const cache = new Map<UiLang, Intl.DisplayNames>();

/**
 * Country name from Intl, with the config's overrides (e.g. MO → "Macau (China)"); an override has
 * vi and en forms, so other interface languages show its English form.
 */
export function countryName(
  code: string,
  lang: UiLang,
  overrides: Record<string, LocalizedText> = {},
): string {
  const override = overrides[code];
  if (override) return lang === 'vi' ? override.vi : override.en;
  let names = cache.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([localeOf(lang)], { type: 'region' });
    cache.set(lang, names);
  }
  return names.of(code) ?? code;
}
