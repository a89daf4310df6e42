import type { PartialDate } from '@/lib/schema/dates';
import { LANGUAGES, type UiLang } from '@/lib/i18n/languages';
import { intlSupplement } from './intl-gaps';

/** Creating an Intl formatter costs far more than using one. */
const dayFormats = new Map<UiLang, Intl.DateTimeFormat>();

/**
 * Shows a date at its own precision: "2012", "10/2025", "6 October 2025" — always in the Gregorian
 * calendar (Thai would otherwise count Buddhist years: 2568 for 2025).
 */
export function formatPartialDate(date: PartialDate, lang: UiLang): string {
  const utc = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') {
    return `${String(date.month).padStart(2, '0')}/${date.year}`;
  }
  const shipped = intlSupplement(lang);
  if (shipped) {
    const parts: Record<string, string> = {
      d: String(date.day),
      MMMM: shipped.months[(date.month ?? 1) - 1] ?? '',
      y: String(date.year),
    };
    return shipped.longDate.replace(/MMMM|d|y/g, (token) => parts[token] ?? token);
  }
  let format = dayFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(`${localeOf(lang)}-u-ca-gregory`, {
      day: 'numeric',
      month: lang === 'vi' ? 'numeric' : 'long',
      year: 'numeric',
      calendar: 'gregory',
      timeZone: 'UTC',
    });
    dayFormats.set(lang, format);
  }
  return format.format(utc);
}

export function localeOf(lang: UiLang): string {
  return LANGUAGES[lang].locale;
}
