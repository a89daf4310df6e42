import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '@/api/config';
import { countryName } from '@/lib/format/countries';
import { formatPartialDate } from '@/lib/format/dates';
import { contentLangOf, type UiLang } from '@/lib/i18n/languages';
import type { AppConfig } from '@/lib/schema/config-schema';
import { useUiStore } from '@/stores/ui-store';
import type { Lang, Partner } from '@/types/partner';

export interface Labels {
  /** The content language: which of the data's texts (`name`, `summary`…) to show. */
  lang: Lang;
  /** The interface language. */
  uiLang: UiLang;
  field: (id: string) => string;
  relation: (id: string) => string;
  country: (code: string) => string;
  date: (p: Partner) => string | null;
}

/** A config label in the interface language, else in its content language. */
const labelIn = (label: Partial<Record<UiLang, string>> & Record<Lang, string>, lang: UiLang) =>
  label[lang] ?? label[contentLangOf(lang)];

export function makeLabels(config: AppConfig, uiLang: UiLang): Labels {
  const fields = new Map(config.fields.map((f) => [f.id, labelIn(f.label, uiLang)]));
  const relations = new Map(config.relations.map((r) => [r.id, labelIn(r.label, uiLang)]));
  return {
    lang: contentLangOf(uiLang),
    uiLang,
    field: (id) => fields.get(id) ?? id,
    relation: (id) => relations.get(id) ?? id,
    country: (code) => countryName(code, uiLang, config.countryNames),
    date: (p) => (p.date ? formatPartialDate(p.date, uiLang) : null),
  };
}

/** Labels in the current interface language; the data's texts in its content language. */
export function useLabels(): Labels {
  const config = useConfig();
  const lang = useUiStore((s) => s.lang);
  // Made again once the language's strings (and any shipped CLDR names) have loaded.
  const loaded = useTranslation().i18n.language;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `loaded` is the signal, not an input
  return useMemo(() => makeLabels(config, lang), [config, lang, loaded]);
}
