import { partialDate } from './dates';
import { expecting } from './messages';
import { httpUrl, localizedText, plainText } from './text';
import {
  CONTENT_LANGS,
  DEFAULT_LANGUAGES,
  INTERFACE_LANGS,
  type ContentLang,
  type UiLang,
} from '../i18n/languages';
import { z } from './zod';

/** Interface languages beyond the data's own two (vi, en). */
const OTHER_LANGS = INTERFACE_LANGS.filter(
  (l): l is Exclude<UiLang, ContentLang> => !(CONTENT_LANGS as readonly string[]).includes(l),
);

/** The home city's name in one more interface language, with where that spelling comes from. */
const homeName = z.object({
  text: plainText("the home city's name in that language"),
  source: z.object({ title: plainText('a source title'), url: httpUrl }),
});

/** A label in vi and en, and optionally in each other interface language (glossary: docs/languages.md). */
const uiLabel = (what: string) =>
  z.extend(
    localizedText(what),
    Object.fromEntries(
      OTHER_LANGS.map((l) => [l, z.optional(plainText(`the ${what} in ${l}`))]),
    ) as { [K in Exclude<UiLang, ContentLang>]: z.ZodMiniOptional<ReturnType<typeof plainText>> },
  );

const id = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, expecting('a kebab-case id such as "urban-planning"')),
  );
const color = z
  .string()
  .check(z.regex(/^#[0-9a-fA-F]{6}$/, expecting('a colour such as "#1f77b4"')));
const lonLat = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
]);
/** `z.number().int()` in zod's classic API: a safe integer, reported as "a whole number". */
const int = () => z.number().check(z.int());

export const configSchema = z.object({
  $schema: z.optional(z.string()),
  title: localizedText('title'),
  home: z.object({
    id,
    name: localizedText('name'),
    /** Its name in the other interface languages (e.g. "다낭"), each with a source; else `name.en`. */
    names: z._default(
      z.strictObject(
        Object.fromEntries(OTHER_LANGS.map((l) => [l, z.optional(homeName)])) as {
          [K in Exclude<UiLang, ContentLang>]: z.ZodMiniOptional<typeof homeName>;
        },
      ),
      {},
    ),
    country: z.string().check(z.regex(/^[A-Z]{2}$/, expecting('an ISO 3166-1 alpha-2 code'))),
    coordinates: lonLat,
    /** world-atlas (ISO 3166-1 numeric) ids of the countries the basemap highlights. */
    basemapCountryIds: z._default(z.array(z.string()), []),
  }),
  defaultLang: z.enum(INTERFACE_LANGS),
  /** The interface languages this deployment offers, in menu order (the code's default: vi, en). */
  languages: z._default(z.array(z.enum(INTERFACE_LANGS)).check(z.minLength(1)), [
    ...DEFAULT_LANGUAGES,
  ]),
  fields: z.array(z.object({ id, label: uiLabel('label'), color })).check(z.minLength(1)),
  relations: z
    .array(
      z.object({
        id,
        label: uiLabel('label'),
        strength: int().check(z.gte(1), z.lte(5)),
        dashed: z._default(z.boolean(), false),
      }),
    )
    .check(z.minLength(1)),
  countryNames: z._default(
    z.record(z.string().check(z.regex(/^[A-Z]{2}$/)), localizedText('country name')),
    {},
  ),
  publicUrl: z._default(z.nullable(httpUrl), null),
  basemapStyle: z._default(z.nullable(z.string()), null),
  allowedDataOrigins: z._default(z.array(httpUrl), []),
  embed: z._default(z.object({ allowedOrigins: z._default(z.array(httpUrl), []) }), {
    allowedOrigins: [],
  }),
  kiosk: z._default(
    z.object({
      idleSeconds: z._default(int().check(z.gte(3), z.lte(3600)), 90),
      /** Seconds without input before the camera eases home (only when shorter than the idle time). */
      settleSeconds: z._default(z.number().check(z.positive(), z.lte(3600)), 20),
      /** Hours between self-healing reloads, taken during the attract loop only. */
      reloadHours: z._default(z.number().check(z.positive(), z.lte(24 * 30)), 12),
      /** Minutes of attract loop before the screen dims; null = never. */
      dimAfterMinutes: z._default(z.nullable(z.number().check(z.positive(), z.lte(24 * 60))), null),
    }),
    { idleSeconds: 90, settleSeconds: 20, reloadHours: 12, dimAfterMinutes: null },
  ),
  maxDataBytes: z._default(int().check(z.positive()), 5_000_000),
  dataUpdated: partialDate,
  about: z.optional(
    z.object({
      /** The home city's own words on its count and how the map's list differs (city-specific text). */
      officialCount: localizedText('count statement'),
      /** The latest official figures; "About" and "By the numbers" set the map's own counts beside them. */
      official: z.optional(
        z.object({
          localities: int().check(z.positive()),
          countries: int().check(z.positive()),
          agreements: z.optional(int().check(z.positive())),
          date: partialDate,
          source: z.object({ title: plainText('a source title'), url: httpUrl }),
        }),
      ),
      sources: z.array(z.object({ title: z.string(), url: httpUrl })),
    }),
  ),
});

export type AppConfig = z.output<typeof configSchema>;
export type FieldDef = AppConfig['fields'][number];
export type RelationDef = AppConfig['relations'][number];
