/**
 * The CSS families of the shipped fonts (scripts/fonts-subset.mjs writes their faces into
 * src/styles/fonts-scripts.css) and the stack each language tag draws with. Han characters take
 * Japanese, Simplified or Traditional Chinese shapes by the text's `lang`, so each Han name file is
 * its own family and the stack orders them by tag.
 */
export const BASE_FAMILY = 'Be Vietnam Pro';
/** Name files of every script but Han, told apart by unicode-range. */
export const NAMES_FAMILY = 'Partner Map Names';
export const HAN_FAMILIES = {
  jpan: 'Partner Map Names JA',
  hans: 'Partner Map Names SC',
  hant: 'Partner Map Names TC',
} as const;
/** An interface language's own file (its strings beyond Be Vietnam Pro and the name files). */
export const uiFamily = (lang: string): string => `Partner Map UI ${lang}`;

type HanKey = keyof typeof HAN_FAMILIES;

/** Han files in the order a text in `tag` prefers them. */
export function hanOrder(tag: string): HanKey[] {
  const t = tag.toLowerCase();
  if (t === 'ja' || t.startsWith('ja-')) return ['jpan', 'hans', 'hant'];
  if (/^zh-(hant|tw|hk|mo)\b/.test(t)) return ['hant', 'hans', 'jpan'];
  return ['hans', 'hant', 'jpan'];
}

/**
 * The families, without generic fallback, for text in `tag`, with `uiLang`'s interface file when
 * that language has one.
 */
export function fontStack(tag: string, uiLang?: string): string[] {
  return [
    BASE_FAMILY,
    NAMES_FAMILY,
    ...(uiLang ? [uiFamily(uiLang)] : []),
    ...hanOrder(tag).map((k) => HAN_FAMILIES[k]),
  ];
}

/** A CSS font-family value. */
export const cssFamilies = (families: readonly string[]): string =>
  [...families.map((f) => `'${f}'`), 'system-ui', 'sans-serif'].join(', ');
