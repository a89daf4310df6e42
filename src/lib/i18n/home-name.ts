import type { AppConfig } from '@/lib/schema/config-schema';
import { contentLangOf, LANGUAGES, type UiLang } from './languages';

export interface HomeName {
  text: string;
  /** BCP 47 tag of the text (the interface language's, or the content language's when it falls back). */
  lang: string;
}

/**
 * The home city named in the interface language: `name.vi` / `name.en`, or the config's sourced
 * spelling for another language (`home.names.ko`: "다낭"); without one, its content-language name.
 */
export function homeNameIn(home: AppConfig['home'], lang: UiLang): HomeName {
  if (lang === 'vi' || lang === 'en') return { text: home.name[lang], lang };
  const own = home.names[lang];
  if (own) return { text: own.text, lang: LANGUAGES[lang].tag };
  const content = contentLangOf(lang);
  return { text: home.name[content], lang: content };
}
