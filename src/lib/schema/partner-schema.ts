import type { Partner } from '@/types/partner';
import { parsePartialDate, partialDate } from './dates';
import { expecting, show } from './messages';
import { httpUrl, localizedText, plainText } from './text';
import { z } from './zod';

export const PARTNER_KEYS = [
  'id',
  'name',
  'nativeName',
  'country',
  'kind',
  'relation',
  'signed',
  'fields',
  'summary',
  'sources',
  'note',
  'milestones',
  'confidence',
] as const;

export const RELATION_IDS = [
  'sister-city',
  'friendship-cooperation',
  'mou',
  'letter-of-intent',
  'cooperative-ties',
] as const;

const list = (ids: readonly string[]) => ids.join(', ');
const oneOf = <T extends string>(ids: readonly [T, ...T[]], what: string) =>
  z.enum(
    ids,
    expecting(`one of ${list(ids)}`, (v) => `unknown ${what} ${show(v)}`),
  );

const coordinate = (axis: 'longitude' | 'latitude', limit: number) =>
  z.number(expecting(`a finite ${axis}`, (v) => `${axis} ${show(v)} is not a number`)).check(
    z.gte(
      -limit,
      expecting(`${axis} in -${limit}..${limit}`, (v) => `${axis} ${show(v)} is out of range`),
    ),
    z.lte(
      limit,
      expecting(`${axis} in -${limit}..${limit}`, (v) => `${axis} ${show(v)} is out of range`),
    ),
  );

export const pointGeometry = z.object(
  {
    type: z.literal(
      'Point',
      expecting('"Point"', (v) => `geometry type ${show(v)}`),
    ),
    coordinates: z.tuple(
      [coordinate('longitude', 180), coordinate('latitude', 90)],
      expecting('[lon, lat]', (v) => `${show(v)} is not a [lon, lat] pair`),
    ),
  },
  expecting('a Point geometry', (v) => `${show(v)} is not a geometry`),
);

const geometryType = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? `geometry type ${show((v as { type?: unknown }).type)}`
    : `${show(v)} is not a geometry`;

// A union on "type" so a LineString is one problem ("geometry type"), not one per coordinate.
const geometry = z.discriminatedUnion(
  'type',
  [pointGeometry],
  expecting('a Point geometry', geometryType),
);

const milestone = z.object(
  { date: partialDate, text: localizedText('milestone text') },
  expecting(
    '{ "date": "YYYY-MM-DD", "text": { "vi": "…", "en": "…" } }',
    (v) => `${show(v)} is not a milestone`,
  ),
);

// A BCP 47 tag as the data writes it: "ko", "zh-Hans", "sr-Latn-RS".
const LANG_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|\d{3}))?$/;

const nativeNameEntry = z.object(
  {
    lang: z
      .string(
        expecting(
          'a BCP 47 language tag such as "ko" or "zh-Hans"',
          (v) => `${show(v)} is not text`,
        ),
      )
      .check(
        z.regex(
          LANG_TAG,
          expecting(
            'a BCP 47 language tag such as "ko" or "zh-Hans"',
            (v) => `${show(v)} is not a language tag`,
          ),
        ),
      ),
    text: plainText('the name in its own script'),
    short: z.optional(plainText('a short form of the name')),
    source: z.object(
      { title: plainText('a source title'), url: httpUrl },
      expecting('{ "title": "…", "url": "https://…" }', (v) => `${show(v)} is not a source`),
    ),
  },
  expecting(
    '{ "lang": "ko", "text": "…", "short"?: "…", "source": { "title", "url" } }',
    (v) => `${show(v)} is not a native name`,
  ),
);

/** The partner record schema; field ids come from the config, so another city may define its own. */
export function makePartnerSchema(fieldIds: readonly [string, ...string[]]) {
  const properties = z.looseObject(
    {
      id: z
        .string(expecting('a kebab-case id such as "le-havre"', (v) => `${show(v)} is not text`))
        .check(
          z.regex(
            /^[a-z0-9]+(-[a-z0-9]+)*$/,
            expecting('a kebab-case id such as "le-havre"', (v) => `${show(v)} is not kebab-case`),
          ),
        ),
      name: localizedText('name'),
      nativeName: z.optional(
        z
          .array(
            nativeNameEntry,
            expecting(
              'an array of native names, primary first',
              (v) => `${show(v)} is not an array`,
            ),
          )
          .check(
            z.minLength(
              1,
              expecting(
                'at least one native name (or no nativeName property)',
                () => 'empty array',
              ),
            ),
          ),
      ),
      country: z
        .string(
          expecting('an ISO 3166-1 alpha-2 code such as "FR"', (v) => `${show(v)} is not text`),
        )
        .check(
          z.regex(
            /^[A-Z]{2}$/,
            expecting(
              'an ISO 3166-1 alpha-2 code such as "FR"',
              (v) => `${show(v)} is not a country code`,
            ),
          ),
        ),
      kind: oneOf(['city', 'region'], 'kind'),
      relation: oneOf(RELATION_IDS, 'relation'),
      signed: z.nullable(partialDate),
      fields: z.array(
        oneOf(fieldIds, 'field'),
        expecting(
          'an array of field ids (empty when no source names one)',
          (v) => `${show(v)} is not an array`,
        ),
      ),
      summary: localizedText('summary'),
      sources: z
        .array(
          z.object(
            { title: plainText('a source title'), url: httpUrl },
            expecting('{ "title": "…", "url": "https://…" }', (v) => `${show(v)} is not a source`),
          ),
          expecting('a non-empty array of sources', (v) => `${show(v)} is not an array`),
        )
        .check(
          z.minLength(
            1,
            expecting('at least one source { "title", "url" }', () => 'no source'),
          ),
        ),
      note: z.optional(localizedText('note')),
      milestones: z.optional(
        z.array(
          milestone,
          expecting('an array of milestones', (v) => `${show(v)} is not an array`),
        ),
      ),
      confidence: z.optional(oneOf(['high', 'medium', 'low'], 'confidence')),
    },
    expecting('an object of partner properties', (v) => `${show(v)} is not an object`),
  );
  return z.object(
    {
      type: z.literal(
        'Feature',
        expecting('"Feature"', (v) => `type ${show(v)}`),
      ),
      geometry,
      properties,
    },
    expecting('a GeoJSON Feature', (v) => `${show(v)} is not a Feature`),
  );
}

export type PartnerFeatureSchema = ReturnType<typeof makePartnerSchema>;

/** A record's properties the schema does not know (ignored, with a warning). */
export const unknownKeys = (properties: object): string[] =>
  Object.keys(properties).filter((key) => !(PARTNER_KEYS as readonly string[]).includes(key));

/** A valid feature as the app keeps it: flat, with its date parsed. */
export function partnerOf({ geometry, properties: p }: z.output<PartnerFeatureSchema>): Partner {
  return {
    id: p.id,
    name: p.name,
    ...(p.nativeName && { nativeName: p.nativeName }),
    country: p.country,
    kind: p.kind,
    relation: p.relation,
    signed: p.signed,
    date: p.signed === null ? null : parsePartialDate(p.signed),
    fields: p.fields,
    summary: p.summary,
    sources: p.sources,
    ...(p.note && { note: p.note }),
    ...(p.milestones && { milestones: p.milestones }),
    ...(p.confidence && { confidence: p.confidence }),
    coordinates: [geometry.coordinates[0], geometry.coordinates[1]],
  };
}
