import type { LocalizedText, Milestone, NativeName, Source } from '@/types/partner';

/** A partners file as stored on disk (the raw JSON, not the parsed `Partner`). */
export interface PartnerProperties {
  id: string;
  name: LocalizedText;
  nativeName?: NativeName[];
  country: string;
  kind: string;
  relation: string;
  signed: string | null;
  fields: string[];
  summary: LocalizedText;
  sources: Source[];
  note?: LocalizedText;
  milestones?: Milestone[];
  confidence?: string;
}
export interface PartnerFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: PartnerProperties;
}
export interface PartnerCollection {
  $schema?: string;
  type: 'FeatureCollection';
  features: PartnerFeature[];
}

export const SCHEMA_REF = './partners.schema.json';

/** The partners file's text as `data:import` writes it: 2-space JSON and a trailing newline. */
export function partnersFileText(collection: PartnerCollection): string {
  return `${JSON.stringify(collection, null, 2)}\n`;
}
