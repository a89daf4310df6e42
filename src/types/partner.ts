import type { PartialDate } from '@/lib/schema/dates';

export type Lang = 'vi' | 'en';
export type LocalizedText = Record<Lang, string>;
export type RelationId =
  'sister-city' | 'friendship-cooperation' | 'mou' | 'letter-of-intent' | 'cooperative-ties';

export interface Source {
  title: string;
  url: string;
}

export interface Milestone {
  date: string;
  text: LocalizedText;
}

/** One partner, flattened from its GeoJSON feature. */
export interface Partner {
  id: string;
  name: LocalizedText;
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
