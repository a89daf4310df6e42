import type { PartialDate } from '@/lib/schema/dates';

import type { ContentLang } from '@/lib/i18n/languages';

/** A language of the data's texts (vi or en); the interface language is `UiLang`. */
export type Lang = ContentLang;
export type LocalizedText = Record<Lang, string>;
export type RelationId =
  'sister-city' | 'friendship-cooperation' | 'mou' | 'letter-of-intent' | 'cooperative-ties';

export interface Source {
  title: string;
  url: string;
}

/** A partner's own name in its own script; `lang` is a BCP 47 tag. */
export interface NativeName {
  lang: string;
  text: string;
  short?: string;
  source: Source;
}

export interface Milestone {
  date: string;
  text: LocalizedText;
}

/** One partner, flattened from its GeoJSON feature. */
export interface Partner {
  id: string;
  name: LocalizedText;
  /** Primary form first. */
  nativeName?: NativeName[];
  country: string;
  kind: 'city' | 'region';
  relation: RelationId;
  signed: string | null;
  /** Parsed `signed`; null when not recorded. */
  date: PartialDate | null;
  fields: string[];
  summary: LocalizedText;
  sources: Source[];
  note?: LocalizedText;
  milestones?: Milestone[];
  confidence?: 'high' | 'medium' | 'low';
  coordinates: [number, number];
}
