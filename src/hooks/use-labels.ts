import { useMemo } from 'react';
import { useConfig } from '@/api/config';
import { countryName } from '@/lib/format/countries';
import { formatPartialDate } from '@/lib/format/dates';
import type { AppConfig } from '@/lib/schema/config-schema';
import { useUiStore } from '@/stores/ui-store';
import type { Lang, Partner } from '@/types/partner';

export interface Labels {
  lang: Lang;
  field: (id: string) => string;
  relation: (id: string) => string;
  country: (code: string) => string;
  date: (p: Partner) => string | null;
}

export function makeLabels(config: AppConfig, lang: Lang): Labels {
  const fields = new Map(config.fields.map((f) => [f.id, f.label[lang]]));
  const relations = new Map(config.relations.map((r) => [r.id, r.label[lang]]));
  return {
    lang,
    field: (id) => fields.get(id) ?? id,
    relation: (id) => relations.get(id) ?? id,
    country: (code) => countryName(code, lang, config.countryNames),
    date: (p) => (p.date ? formatPartialDate(p.date, lang) : null),
  };
}

/** Labels from the config in the current UI language. */
export function useLabels(): Labels {
  const config = useConfig();
  const lang = useUiStore((s) => s.lang);
  return useMemo(() => makeLabels(config, lang), [config, lang]);
}
