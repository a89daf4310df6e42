import type { Partner } from '@/types/partner';
import { makePartnerSchema, partnerOf, unknownKeys } from './partner-schema';
import { flaggedSource } from './source-checks';
import type { ValidateOptions } from './validate-partners';

/**
 * The partners of a file with nothing to report (no fatal problem, no bad record, no warning), or
 * null: then validatePartnersText, loaded on demand, says what and keeps the valid records. The
 * first view of a clean file needs no problem texts (issue 19).
 */
export function cleanPartners(text: string, options: ValidateOptions): Partner[] | null {
  const tooBig =
    options.maxBytes !== undefined && new TextEncoder().encode(text).length > options.maxBytes;
  if (tooBig || text.charCodeAt(0) === 0xfeff) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const root = raw as { type?: unknown; features?: unknown } | null;
  const features = root?.features;
  if (root?.type !== 'FeatureCollection' || !Array.isArray(features) || !features.length)
    return null;
  const schema = makePartnerSchema(options.fieldIds);
  const ids = new Set<string>();
  const partners: Partner[] = [];
  for (const feature of features) {
    const parsed = schema.safeParse(feature);
    if (!parsed.success) return null;
    const p = parsed.data.properties;
    const sources = [...p.sources, ...(p.nativeName ?? []).map((n) => n.source)];
    if (ids.has(p.id) || unknownKeys(p).length > 0 || sources.some(flaggedSource)) return null;
    ids.add(p.id);
    partners.push(partnerOf(parsed.data));
  }
  return partners;
}
