import {
  validatePartners,
  validatePartnersText,
  type ValidateOptions,
} from '../schema/validate-partners';
import type { Partner } from '@/types/partner';
import { fontWarnings } from '../fonts/font-coverage';
import { partnersFileText } from './partner-file';
import type { TableProblem, TableResult } from './table';

export interface ImportedTable {
  /** Every problem, in sheet order (header and file problems first). */
  problems: TableProblem[];
  warnings: TableProblem[];
  /** The valid rows' partners, for a preview while other rows are wrong. */
  partners: Partner[];
  /** The partners file to write; only when there is no problem. */
  json?: string;
}

// "first at features[0]" means nothing in a spreadsheet; name its row instead.
const inRows = (message: string, rows: number[]) =>
  message.replace(/features\[(\d+)\]/g, (m, i: string) =>
    rows[Number(i)] === undefined ? m : `row ${rows[Number(i)]}`,
  );

/** A sheet read into a collection → problems by row, and the file text when all is well. */
export function importTable(table: TableResult, options: ValidateOptions): ImportedTable {
  const problems = [...table.problems];
  let partners: Partner[] = [];
  if (problems.length === 0 && table.collection.features.length === 0) {
    problems.push({
      path: 'file',
      message: 'no partner rows; expected a header row and at least one partner row',
      code: 'no-rows',
      params: {},
    });
  }
  if (table.collection.features.length > 0) {
    const result = validatePartners(table.collection, options);
    partners = result.partners;
    for (const p of result.problems) {
      const row = p.index === undefined ? undefined : table.rows[p.index];
      const first = typeof p.params.first === 'number' ? table.rows[p.params.first] : undefined;
      problems.push({
        ...(row !== undefined && { row }),
        ...(p.id !== undefined && { id: p.id }),
        path: p.path,
        message: inRows(p.message, table.rows),
        code: p.code,
        params: first === undefined ? p.params : { ...p.params, first },
      });
    }
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const warnings = [
    ...table.warnings,
    ...fontWarnings(table.collection.features).map((w) => ({
      ...(w.index !== undefined &&
        table.rows[w.index] !== undefined && { row: table.rows[w.index] }),
      ...(w.id !== undefined && { id: w.id }),
      path: w.path,
      message: w.message,
      code: w.code,
      params: w.params,
    })),
  ];
  if (problems.length > 0) return { problems, warnings, partners };

  const json = partnersFileText(table.collection);
  // The text about to be written passes the same check as `npm run data:check` (size limit included).
  const check = validatePartnersText(json, options);
  if (check.fatal) return { problems: [check.fatal.problem], warnings, partners };
  return { problems, warnings, partners, json };
}
