/**
 * The one registry of languages. Every list of languages (URL parser, first frame, embed protocol,
 * console channel, config schema and so the JSON Schema) derives from it; docs/languages.md explains
 * each column.
 *
 * Two kinds: the interface language (the UI's strings) and the content language of the data's texts
 * (`name`, `summary`, config labels: vi or en). A language joins `INTERFACE_LANGS` once it has a
 * locale file under src/i18n/locales/ (see docs/languages.md, "Adding a language").
 */
export const CONTENT_LANGS = ['vi', 'en'] as const;
export type ContentLang = (typeof CONTENT_LANGS)[number];

interface LanguageInfo {
  /** The language named in itself, for the language menu (shown with `lang={tag}`). */
  endonym: string;
  /** BCP 47 tag for the page's `lang` and for fonts (Han glyph shapes differ by tag). */
  tag: string;
  /** Which of the data's languages its summaries, notes and milestones are shown in. */
  content: ContentLang;
  /** Locale for Intl (country names, dates; always the Gregorian calendar). */
  locale: string;
}

/** Every interface language this code knows, in menu order. */
export const LANGUAGES = {
  vi: { endonym: 'Tiếng Việt', tag: 'vi', content: 'vi', locale: 'vi-VN' },
  en: { endonym: 'English', tag: 'en', content: 'en', locale: 'en-GB' },
  ko: { endonym: '한국어', tag: 'ko', content: 'en', locale: 'ko-KR' },
  ja: { endonym: '日本語', tag: 'ja', content: 'en', locale: 'ja-JP' },
  zh: { endonym: '简体中文', tag: 'zh-Hans', content: 'en', locale: 'zh-CN' },
  lo: { endonym: 'ລາວ', tag: 'lo', content: 'en', locale: 'lo-LA' },
  th: { endonym: 'ไทย', tag: 'th', content: 'en', locale: 'th-TH' },
  ru: { endonym: 'Русский', tag: 'ru', content: 'en', locale: 'ru-RU' },
} as const satisfies Record<string, LanguageInfo>;

export type UiLang = keyof typeof LANGUAGES;
export const INTERFACE_LANGS = Object.keys(LANGUAGES) as [UiLang, ...UiLang[]];

/** What a deployment offers when its config names no `languages`. */
export const DEFAULT_LANGUAGES: readonly UiLang[] = ['vi', 'en'];

export function isUiLang(value: unknown): value is UiLang {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

export const contentLangOf = (lang: UiLang): ContentLang => LANGUAGES[lang].content;

/** "vi or en", "vi, en or ko": for messages that list what is accepted. */
export function describeLangs(langs: readonly string[] = INTERFACE_LANGS): string {
  return langs.length < 2
    ? (langs[0] ?? '')
    : `${langs.slice(0, -1).join(', ')} or ${langs[langs.length - 1]}`;
}
