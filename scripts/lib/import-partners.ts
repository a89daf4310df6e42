import { show } from '../../src/lib/schema/messages.ts';
import type { ValidateOptions } from '../../src/lib/schema/validate-partners.ts';
import { importTable } from '../../src/lib/partners-file/import-table.ts';
import { csvToCollection } from '../../src/lib/partners-file/partners-csv.ts';
import type { TableProblem } from '../../src/lib/partners-file/table.ts';

export interface ImportResult {
  /** One line per problem: `FILE: row N (id "x"): properties.p: problem; expected …`. */
  lines: string[];
  warnings: string[];
  /** The partners file to write (2-space JSON, trailing newline); only when there is no problem. */
  json?: string;
  count: number;
}

export function formatCsvProblem(file: string, p: TableProblem): string {
  const id = p.id === undefined ? '' : ` (${p.id === '' ? 'no id' : `id ${show(p.id)}`})`;
  const where = p.row === undefined ? '' : `row ${p.row}${id}: `;
  return `${file}: ${where}${p.path}: ${p.message}`;
}

/** CSV text → partners file text, validated exactly as data:check validates the file it writes. */
export function importPartnersCsv(
  text: string,
  file: string,
  options: ValidateOptions,
): ImportResult {
  const csv = csvToCollection(text);
  const result = importTable(csv, options);
  const warnings = result.warnings.map((w) => formatCsvProblem(file, w));
  if (result.json === undefined) {
    return { lines: result.problems.map((p) => formatCsvProblem(file, p)), warnings, count: 0 };
  }
  return { lines: [], warnings, json: result.json, count: csv.collection.features.length };
}
