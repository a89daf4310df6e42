import type { PartialDate } from '@/lib/schema/dates';
import type { Lang } from '@/types/partner';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
/** Creating an Intl formatter costs far more than using one. */
const dayFormats = new Map<Lang, Intl.DateTimeFormat>();

/** Shows a date at its own precision: "2012", "10/2025", "6 October 2025". */
export function formatPartialDate(date: PartialDate, lang: Lang): string {
  const locale = LOCALES[lang];
  const utc = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') {
    return `${String(date.month).padStart(2, '0')}/${date.year}`;
  }
  let format = dayFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: lang === 'vi' ? 'numeric' : 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dayFormats.set(lang, format);
  }
  return format.format(utc);
}

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}
