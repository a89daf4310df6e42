import type { ProblemCode, ProblemParams } from '@/lib/schema/problem-codes';
import { SCHEMA_REF, type PartnerCollection, type PartnerFeature } from './partner-file';

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
export type Column = (typeof COLUMNS)[number];
const REQUIRED = COLUMNS.filter(
  (c) => !['native_name', 'note_vi', 'note_en', 'confidence', 'milestones'].includes(c),
);
export const SOURCE_COLUMN = /^source_(\d+)_(title|url)$/;
const LIST_SEPARATOR = '|';

/** A sheet: the header row, then one row of text cells per partner. */
export interface Table {
  header: string[];
  rows: string[][];
}

export interface TableProblem {
  /** Spreadsheet row number (the header is row 1); undefined for the header or the file. */
  row?: number;
  id?: string;
  path: string;
  message: string;
  code: ProblemCode;
  params: ProblemParams;
}

export interface TableResult {
  collection: PartnerCollection;
  /** Spreadsheet row number of each feature. */
  rows: number[];
  problems: TableProblem[];
  warnings: TableProblem[];
}

/** The sheet of a collection, one row per partner, sources numbered source_1_title, source_1_url, … */
export function collectionToTable(collection: PartnerCollection): Table {
  const sourceCount = Math.max(0, ...collection.features.map((f) => f.properties.sources.length));
  const sourceColumns = Array.from({ length: sourceCount }, (_, i) => [
    `source_${i + 1}_title`,
    `source_${i + 1}_url`,
  ]).flat();
  const rows = collection.features.map(({ geometry, properties: p }) => {
    const cells: Record<Column, string> = {
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
    return [...COLUMNS.map((c) => cells[c]), ...sources];
  });
  return { header: [...COLUMNS, ...sourceColumns], rows };
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

/** Header problems (missing or repeated columns) and warnings (unknown columns). */
function checkHeader(names: string[]): Pick<TableResult, 'problems' | 'warnings'> {
  const problems: TableProblem[] = [];
  const warnings: TableProblem[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const column = JSON.stringify(name);
    if (seen.has(name))
      problems.push({
        path: 'header',
        message: `column ${column} appears twice; expected each column once`,
        code: 'duplicate-column',
        params: { column: name },
      });
    seen.add(name);
    if (!(COLUMNS as readonly string[]).includes(name) && !SOURCE_COLUMN.test(name) && name !== '')
      warnings.push({
        path: 'header',
        message: `unknown column ${column} (ignored); expected the columns data:export writes`,
        code: 'unknown-column',
        params: { column: name },
      });
  }
  for (const name of REQUIRED) {
    if (!seen.has(name))
      problems.push({
        path: 'header',
        message: `missing column ${JSON.stringify(name)}; expected the columns data:export writes`,
        code: 'missing-column',
        params: { column: name },
      });
  }
  return { problems, warnings };
}

/** Builds the FeatureCollection from a sheet; validation is the caller's job. Blank rows are skipped. */
export function tableToCollection(table: Table): TableResult {
  const collection: PartnerCollection = {
    $schema: SCHEMA_REF,
    type: 'FeatureCollection',
    features: [],
  };
  const rows: number[] = [];
  const names = table.header.map((h) => h.trim());
  const { problems, warnings } = checkHeader(names);
  if (problems.length > 0) return { collection, rows, problems, warnings };

  const at = new Map(names.map((n, i) => [n, i] as const).reverse());
  const sourceNumbers = [...new Set(names.flatMap((n) => SOURCE_COLUMN.exec(n)?.[1] ?? []))]
    .map(Number)
    .sort((a, b) => a - b);
  table.rows.forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const row = i + 2;
    const cell = (name: string) => record[at.get(name) ?? -1] ?? '';
    const code = (name: string) => cell(name).trim();
    const id = code('id');
    const json = (
      column: string,
      path: string,
      example: string,
      problem: 'milestones-json' | 'native-name-json',
    ): unknown => {
      if (cell(column).trim() === '') return undefined;
      try {
        return JSON.parse(cell(column));
      } catch {
        problems.push({
          row,
          id,
          path: `properties.${path}`,
          message: `not valid JSON; expected a JSON array such as ${example}`,
          code: problem,
          params: { column },
        });
        return undefined;
      }
    };
    const nativeName = json(
      'native_name',
      'nativeName',
      '[{"lang":"ko","text":"오산시","short":"오산","source":{"title":"…","url":"https://…"}}]',
      'native-name-json',
    );
    const milestones = json(
      'milestones',
      'milestones',
      '[{"date":"2019-05","text":{"vi":"…","en":"…"}}]',
      'milestones-json',
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
