import { partialDate } from './dates';
import { expecting } from './messages';
import { httpUrl, localizedText } from './text';
import { z } from './zod';

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, expecting('a kebab-case id such as "urban-planning"'));
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, expecting('a colour such as "#1f77b4"'));
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const configSchema = z.object({
  $schema: z.string().optional(),
  title: localizedText('title'),
  home: z.object({
    id,
    name: localizedText('name'),
    country: z.string().regex(/^[A-Z]{2}$/, expecting('an ISO 3166-1 alpha-2 code')),
    coordinates: lonLat,
    /** world-atlas (ISO 3166-1 numeric) ids of the countries the basemap highlights. */
    basemapCountryIds: z.array(z.string()).default([]),
  }),
  defaultLang: z.enum(['vi', 'en']),
  fields: z.array(z.object({ id, label: localizedText('label'), color })).min(1),
  relations: z
    .array(
      z.object({
        id,
        label: localizedText('label'),
        strength: z.number().int().min(1).max(5),
        dashed: z.boolean().default(false),
      }),
    )
    .min(1),
  countryNames: z.record(z.string().regex(/^[A-Z]{2}$/), localizedText('country name')).default({}),
  publicUrl: httpUrl.nullable().default(null),
  basemapStyle: z.string().nullable().default(null),
  allowedDataOrigins: z.array(httpUrl).default([]),
  embed: z.object({ allowedOrigins: z.array(httpUrl).default([]) }).default({ allowedOrigins: [] }),
  kiosk: z
    .object({ idleSeconds: z.number().int().min(3).max(3600).default(90) })
    .default({ idleSeconds: 90 }),
  maxDataBytes: z.number().int().positive().default(5_000_000),
  dataUpdated: partialDate,
  about: z
    .object({
      officialCount: localizedText('count statement'),
      sources: z.array(z.object({ title: z.string(), url: httpUrl })),
    })
    .optional(),
});

export type AppConfig = z.output<typeof configSchema>;
export type FieldDef = AppConfig['fields'][number];
export type RelationDef = AppConfig['relations'][number];
