import type { ResourceLanguage } from 'i18next';

/**
 * Where Intl lacks a language's plural rules (Chromium has none for Lao), i18next asks with the
 * browser's default rules (English: "_one" for 1). A language whose file has only "_other" (it has
 * no other plural form, as Lao) then gets that form for every category the fallback rules ask for.
 */
const FORMS = ['zero', 'one', 'two', 'few', 'many'];

export function fillPluralGaps(lang: string, strings: ResourceLanguage): ResourceLanguage {
  if (Intl.PluralRules.supportedLocalesOf([lang]).length > 0) return strings;
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const fill = (node: ResourceLanguage): ResourceLanguage => {
    const out: ResourceLanguage = { ...node };
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'object' && value !== null) out[key] = fill(value as ResourceLanguage);
      const base = key.endsWith('_other') ? key.slice(0, -'_other'.length) : null;
      if (base === null || typeof value !== 'string') continue;
      if (FORMS.some((form) => `${base}_${form}` in node)) continue;
      for (const category of categories) out[`${base}_${category}`] ??= value;
    }
    return out;
  };
  return fill(strings);
}
