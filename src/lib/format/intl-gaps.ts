import { LANGUAGES, type UiLang } from '@/lib/i18n/languages';

/**
 * CLDR data shipped for a locale that a browser's Intl may lack: Chromium has no Lao data and
 * answers in English (`Intl.DisplayNames(['lo'])` gives "Laos"). Each file names its CLDR source.
 */
export interface CldrSupplement {
  source: string;
  /** CLDR's long date pattern, e.g. "d MMMM y". */
  longDate: string;
  /** Month names (format, wide), January first. */
  months: string[];
  /** Region (country) names by ISO 3166-1 alpha-2 code. */
  regions: Record<string, string>;
}

const SUPPLEMENTS: Record<string, () => Promise<CldrSupplement>> = {
  lo: () => import('./cldr/lo.json').then((m) => m.default),
};
const loaded = new Map<string, CldrSupplement>();

/** Whether this browser's Intl has data for the locale (else it quietly uses its default, e.g. en-US). */
export function intlKnows(locale: string): boolean {
  return (
    Intl.DisplayNames.supportedLocalesOf([locale]).length > 0 &&
    Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0
  );
}

/** Loads the shipped CLDR data for a language whose locale Intl lacks; before the language shows. */
export async function fillIntlGaps(lang: UiLang): Promise<void> {
  const load = SUPPLEMENTS[lang];
  if (!load || loaded.has(lang) || intlKnows(LANGUAGES[lang].locale)) return;
  loaded.set(lang, await load());
}

/** The shipped CLDR data in use for a language, if Intl lacks it and it has loaded. */
export const intlSupplement = (lang: UiLang): CldrSupplement | undefined => loaded.get(lang);
