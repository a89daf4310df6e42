import { show } from '../../src/lib/schema/messages.ts';
import {
  formatProblem,
  validatePartners,
  validatePartnersText,
  type ValidateOptions,
} from '../../src/lib/schema/validate-partners.ts';
import { csvToCollection, type CsvProblem } from './partners-csv.ts';

export interface ImportResult {
  /** One line per problem: `FILE: row N (id "x"): properties.p: problem; expected …`. */
  lines: string[];
  warnings: string[];
  /** The partners file to write (2-space JSON, trailing newline); only when there is no problem. */
  json?: string;
  count: number;
}

export function formatCsvProblem(file: string, p: CsvProblem): string {
  const id = p.id === undefined ? '' : ` (${p.id === '' ? 'no id' : `id ${show(p.id)}`})`;
  const where = p.row === undefined ? '' : `row ${p.row}${id}: `;
  return `${file}: ${where}${p.path}: ${p.message}`;
}

// "first at features[0]" means nothing in a spreadsheet; name its row instead.
const inRows = (message: string, rows: number[]) =>
  message.replace(/features\[(\d+)\]/g, (m, i: string) =>
    rows[Number(i)] === undefined ? m : `row ${rows[Number(i)]}`,
  );

/** CSV text → partners file text, validated exactly as data:check validates the file it writes. */
export function importPartnersCsv(
  text: string,
  file: string,
  options: ValidateOptions,
): ImportResult {
  const csv = csvToCollection(text);
  const warnings = csv.warnings.map((w) => formatCsvProblem(file, w));
  const problems = [...csv.problems];
  if (problems.length === 0 && csv.collection.features.length === 0) {
    problems.push({
      path: 'file',
      message: 'no partner rows; expected a header row and at least one partner row',
    });
  }
  if (csv.collection.features.length > 0) {
    const result = validatePartners(csv.collection, options);
    for (const p of result.problems) {
      const row = p.index === undefined ? undefined : csv.rows[p.index];
      problems.push({
        ...(row !== undefined && { row }),
        ...(p.id !== undefined && { id: p.id }),
        path: p.path,
        message: inRows(p.message, csv.rows),
      });
    }
  }
  // Row order (header and file problems first), so a reader can work down the sheet.
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (problems.length > 0)
    return { lines: problems.map((p) => formatCsvProblem(file, p)), warnings, count: 0 };

  const json = `${JSON.stringify(csv.collection, null, 2)}\n`;
  // The text about to be written passes the same check as `npm run data:check` (size limit included).
  const check = validatePartnersText(json, options);
  const fatal = check.fatal ? [formatProblem(file, check.fatal.problem)] : [];
  if (fatal.length > 0) return { lines: fatal, warnings, count: 0 };
  return { lines: [], warnings, json, count: csv.collection.features.length };
}
