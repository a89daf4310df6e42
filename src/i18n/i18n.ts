import i18next, { type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLang } from '@/lib/i18n/languages';
import type { Lang } from '@/types/partner';
import { fillIntlGaps } from '@/lib/format/intl-gaps';
import vi from './locales/vi.json';
import { fillPluralGaps } from './plural-gaps';

/** Vietnamese ships with the first view; English loads when it is first asked for (issue 8). */
const loaders: Record<UiLang, () => Promise<ResourceLanguage>> = {
  vi: () => Promise.resolve(vi),
  en: () => import('./locales/en.json').then((m) => m.default),
  ko: () => import('./locales/ko.json').then((m) => m.default),
  ja: () => import('./locales/ja.json').then((m) => m.default),
  zh: () => import('./locales/zh.json').then((m) => m.default),
  lo: () => import('./locales/lo.json').then((m) => m.default),
  th: () => import('./locales/th.json').then((m) => m.default),
  ru: () => import('./locales/ru.json').then((m) => m.default),
};

let wanted: UiLang = 'vi';

/** Language comes from the URL or the config only: no detection, nothing stored. */
export function initI18n() {
  if (i18next.isInitialized) return i18next;
  void i18next.use(initReactI18next).init({
    lng: 'vi',
    fallbackLng: false,
    resources: { vi: { translation: vi } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}

/** Loads a language's strings without switching to it (e.g. the kiosk's call to action in each). */
export async function loadLang(lang: UiLang): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  // Shipped CLDR names and plural forms stand in where the browser's Intl lacks the language.
  const [strings] = await Promise.all([loaders[lang](), fillIntlGaps(lang)]);
  i18next.addResourceBundle(lang, 'translation', fillPluralGaps(lang, strings));
}

/** Loads a language's strings if needed, then switches; of quick switches the last one wins. */
export async function switchLang(lang: UiLang): Promise<void> {
  wanted = lang;
  await loadLang(lang);
  if (wanted === lang && i18next.language !== lang) await i18next.changeLanguage(lang);
}

export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');
