import { isDeepStrictEqual } from 'node:util';
import Papa from 'papaparse';
import type { LocalizedText, Milestone, NativeName, Source } from '../../src/types/partner.ts';

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

export const COLUMNS = [
  'id',
  'name_vi',
  'name_en',
  'native_name',
  'country',
  'kind',
  'relation',
  'signed',
  'lon',
  'lat',
  'fields',
  'summary_vi',
  'summary_en',
  'note_vi',
  'note_en',
  'confidence',
  'milestones',
] as const;
const REQUIRED = COLUMNS.filter(
  (c) => !['native_name', 'note_vi', 'note_en', 'confidence', 'milestones'].includes(c),
);
const SOURCE_COLUMN = /^source_(\d+)_(title|url)$/;
const LIST_SEPARATOR = '|';

// Spreadsheets run a cell starting with = + - @ as a formula (CSV injection), so such text
// gets a leading apostrophe; one apostrophe is removed on import, which keeps the round trip exact.
const FORMULA = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;
const escapeCell = (s: string) => (FORMULA.test(s) ? `'${s}` : s);
const unescapeCell = (s: string) => (ESCAPED_FORMULA.test(s) ? s.slice(1) : s);

export interface CsvOptions {
  delimiter?: ',' | ';';
  bom?: boolean;
  newline?: '\r\n' | '\n';
}

/** UTF-8 CSV for Excel: BOM (so Vietnamese shows), CRLF, one row per partner. */
export function collectionToCsv(collection: PartnerCollection, options: CsvOptions = {}): string {
  const { delimiter = ',', bom = true, newline = '\r\n' } = options;
  const sourceCount = Math.max(0, ...collection.features.map((f) => f.properties.sources.length));
  const sourceColumns = Array.from({ length: sourceCount }, (_, i) => [
    `source_${i + 1}_title`,
    `source_${i + 1}_url`,
  ]).flat();
  const rows = collection.features.map(({ geometry, properties: p }) => {
    const cells: Record<(typeof COLUMNS)[number], string> = {
      id: p.id,
      name_vi: p.name.vi,
      name_en: p.name.en,
      native_name: p.nativeName ? JSON.stringify(p.nativeName) : '',
      country: p.country,
      kind: p.kind,
      relation: p.relation,
      signed: p.signed ?? '',
      lon: String(geometry.coordinates[0]),
      lat: String(geometry.coordinates[1]),
      fields: p.fields.join(LIST_SEPARATOR),
      summary_vi: p.summary.vi,
      summary_en: p.summary.en,
      note_vi: p.note?.vi ?? '',
      note_en: p.note?.en ?? '',
      confidence: p.confidence ?? '',
      milestones: p.milestones ? JSON.stringify(p.milestones) : '',
    };
    const sources = Array.from({ length: sourceCount }, (_, i) => [
      p.sources[i]?.title ?? '',
      p.sources[i]?.url ?? '',
    ]).flat();
    // Coordinates stay numbers: "-73.5" must not become "'-73.5".
    return [
      ...COLUMNS.map((c) => (c === 'lon' || c === 'lat' ? cells[c] : escapeCell(cells[c]))),
      ...sources.map(escapeCell),
    ];
  });
  const csv = Papa.unparse(
    { fields: [...COLUMNS, ...sourceColumns], data: rows },
    { delimiter, newline },
  );
  return `${bom ? '\uFEFF' : ''}${csv}${newline}`;
}

export interface CsvProblem {
  /** Spreadsheet row number (the header is row 1); undefined for the header or the file. */
  row?: number;
  id?: string;
  path: string;
  message: string;
}

export interface CsvResult {
  collection: PartnerCollection;
  /** Spreadsheet row number of each feature. */
  rows: number[];
  problems: CsvProblem[];
  warnings: CsvProblem[];
}

/** The separator is whichever of `,` and `;` the header row uses more (Excel in Vietnamese saves `;`). */
export function detectDelimiter(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function parseNumber(cell: string): number | string | undefined {
  const s = cell.trim();
  if (s === '') return undefined;
  // A decimal comma, as a Vietnamese-locale spreadsheet writes it.
  const n = Number(/^[-+]?\d+,\d+$/.test(s) ? s.replace(',', '.') : s);
  // Keep unreadable text as is so the problem line quotes it.
  return Number.isFinite(n) ? n : s;
}

function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes:
    'a quoted cell is never closed; expected a closing " (and "" for a quote inside a cell)',
  InvalidQuotes:
    'a quote inside a quoted cell is not doubled; expected "" for a quote inside a cell',
};

/** Builds the FeatureCollection from CSV text (`,` or `;`, CRLF or LF, BOM or not); validation is the caller's job. */
export function csvToCollection(text: string): CsvResult {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body), header: false });
  const problems: CsvProblem[] = [];
  const warnings: CsvProblem[] = [];
  const collection: PartnerCollection = {
    $schema: SCHEMA_REF,
    type: 'FeatureCollection',
    features: [],
  };
  const rows: number[] = [];
  for (const e of parsed.errors) {
    problems.push({
      ...(e.row !== undefined && { row: e.row + 1 }),
      path: 'csv',
      message: QUOTE_PROBLEMS[e.code] ?? `${e.message.toLowerCase()}; expected well-formed CSV`,
    });
  }
  const [header = [], ...records] = parsed.data;
  const names = header.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name))
      problems.push({
        path: 'header',
        message: `column ${JSON.stringify(name)} appears twice; expected each column once`,
      });
    seen.add(name);
    if (
      !(COLUMNS as readonly string[]).includes(name) &&
      !SOURCE_COLUMN.test(name) &&
      name !== ''
    ) {
      warnings.push({
        path: 'header',
        message: `unknown column ${JSON.stringify(name)} (ignored); expected the columns data:export writes`,
      });
    }
  }
  for (const name of REQUIRED) {
    if (!seen.has(name))
      problems.push({
        path: 'header',
        message: `missing column ${JSON.stringify(name)}; expected the columns data:export writes`,
      });
  }
  if (problems.length > 0) return { collection, rows, problems, warnings };

  const sourceNumbers = [...new Set(names.flatMap((n) => SOURCE_COLUMN.exec(n)?.[1] ?? []))]
    .map(Number)
    .sort((a, b) => a - b);
  records.forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const row = i + 2;
    const cell = (name: string) => unescapeCell(record[names.indexOf(name)] ?? '');
    const code = (name: string) => cell(name).trim();
    const id = code('id');
    const json = (column: string, path: string, example: string): unknown => {
      if (cell(column).trim() === '') return undefined;
      try {
        return JSON.parse(cell(column));
      } catch {
        problems.push({
          row,
          id,
          path: `properties.${path}`,
          message: `not valid JSON; expected a JSON array such as ${example}`,
        });
        return undefined;
      }
    };
    const nativeName = json(
      'native_name',
      'nativeName',
      '[{"lang":"ko","text":"오산시","short":"오산","source":{"title":"…","url":"https://…"}}]',
    );
    const milestones = json(
      'milestones',
      'milestones',
      '[{"date":"2019-05","text":{"vi":"…","en":"…"}}]',
    );
    const sources = sourceNumbers
      .map((n) => ({ title: cell(`source_${n}_title`), url: cell(`source_${n}_url`) }))
      .filter((s) => s.title !== '' || s.url !== '');
    const note = { vi: cell('note_vi'), en: cell('note_en') };
    rows.push(row);
    // Built unchecked; the caller validates it with the same schema as data:check.
    collection.features.push({
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [parseNumber(cell('lon')), parseNumber(cell('lat'))],
      },
      properties: {
        id,
        name: { vi: cell('name_vi'), en: cell('name_en') },
        ...(nativeName !== undefined && { nativeName }),
        country: code('country'),
        kind: code('kind'),
        relation: code('relation'),
        signed: code('signed') === '' ? null : code('signed'),
        fields: splitList(cell('fields')),
        summary: { vi: cell('summary_vi'), en: cell('summary_en') },
        sources,
        ...((note.vi !== '' || note.en !== '') && { note }),
        ...(milestones !== undefined && { milestones }),
        ...(code('confidence') !== '' && { confidence: code('confidence') }),
      },
    } as PartnerFeature);
  });
  return { collection, rows, problems, warnings };
}

/** What an export would lose (extra keys anywhere, another $schema): paths that do not survive CSV → JSON. */
export function lostInCsv(collection: PartnerCollection, csv: string): string[] {
  const back = csvToCollection(csv).collection;
  const top = (Object.keys(collection) as (keyof PartnerCollection)[]).filter(
    (k) => k !== 'features' && !isDeepStrictEqual(collection[k], back[k]),
  );
  const features = collection.features.flatMap((f, i) =>
    isDeepStrictEqual(f, back.features[i]) ? [] : [`features[${i}]`],
  );
  return [...top, ...features];
}
