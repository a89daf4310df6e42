import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@/types/partner';
import en from './locales/en.json';
import vi from './locales/vi.json';

export const LANGS: readonly Lang[] = ['vi', 'en'];

/** Language comes from the URL or the config only: no detection, nothing stored. */
export function initI18n(lang: Lang) {
  if (i18next.isInitialized) return i18next;
  void i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}

export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');
