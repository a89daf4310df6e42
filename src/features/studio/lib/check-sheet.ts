import { importTable } from '@/lib/partners-file/import-table';
import { tableToCollection, type Table, type TableProblem } from '@/lib/partners-file/table';
import type { ValidateOptions } from '@/lib/schema/validate-partners';
import type { Partner } from '@/types/partner';

export interface SheetCheck {
  problems: TableProblem[];
  warnings: TableProblem[];
  /** Valid rows, for the preview. */
  partners: Partner[];
  /** partners.geojson as data:import writes it; only when no row has a problem. */
  json?: string;
}

/** The sheet through the same steps as `data:import`: cells → collection → validator → file text. */
export function checkSheet(table: Table, options: ValidateOptions): SheetCheck {
  const read = tableToCollection(table);
  const result = importTable(read, options);
  return {
    problems: result.problems,
    warnings: result.warnings,
    partners: result.partners,
    ...(result.json !== undefined && { json: result.json }),
  };
}
