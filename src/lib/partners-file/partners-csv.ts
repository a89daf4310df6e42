import Papa from 'papaparse';
import type { PartnerCollection } from './partner-file';
import { collectionToTable, tableToCollection, type TableProblem, type TableResult } from './table';

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
  const table = collectionToTable(collection);
  const lon = table.header.indexOf('lon');
  const lat = table.header.indexOf('lat');
  // Coordinates stay numbers: "-73.5" must not become "'-73.5".
  const rows = table.rows.map((r) => r.map((c, i) => (i === lon || i === lat ? c : escapeCell(c))));
  const csv = Papa.unparse({ fields: table.header, data: rows }, { delimiter, newline });
  return `${bom ? '\uFEFF' : ''}${csv}${newline}`;
}

/** The separator is whichever of `,` and `;` the header row uses more (Excel in Vietnamese saves `;`). */
export function detectDelimiter(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes:
    'a quoted cell is never closed; expected a closing " (and "" for a quote inside a cell)',
  InvalidQuotes:
    'a quote inside a quoted cell is not doubled; expected "" for a quote inside a cell',
};

/** CSV text (`,` or `;`, CRLF or LF, BOM or not) → its cells, formula escapes removed. */
export function parseCsv(text: string): {
  header: string[];
  rows: string[][];
  problems: TableProblem[];
} {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body), header: false });
  const problems = parsed.errors.map((e): TableProblem => ({
    ...(e.row !== undefined && { row: e.row + 1 }),
    path: 'csv',
    message: QUOTE_PROBLEMS[e.code] ?? `${e.message.toLowerCase()}; expected well-formed CSV`,
    code: 'csv',
    params: { detail: e.code },
  }));
  const [header = [], ...rows] = parsed.data;
  return { header, rows: rows.map((r) => r.map(unescapeCell)), problems };
}

/** Builds the FeatureCollection from CSV text; validation is the caller's job. */
export function csvToCollection(text: string): TableResult {
  const { header, rows, problems } = parseCsv(text);
  // An unreadable file yields no rows: half-parsed cells would only add misleading problems.
  const result = tableToCollection({ header, rows: problems.length > 0 ? [] : rows });
  return { ...result, problems: [...problems, ...result.problems] };
}
