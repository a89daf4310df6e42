import Papa from 'papaparse';
import type { PartnerCollection } from '@/lib/partners-file/partner-file';
import { parseCsv } from '@/lib/partners-file/partners-csv';
import { collectionToTable, type Table, type TableProblem } from '@/lib/partners-file/table';

// Reading runs in the studio's worker (sheet.worker.ts): these functions never touch the DOM.

export interface ReadSheet {
  table: Table;
  /** Problems reading the file itself (a broken quote, not JSON); row numbers as in the sheet. */
  problems: TableProblem[];
}

export type ReadErrorCode = 'format' | 'json' | 'not-collection' | 'xlsx';

export class SheetReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly detail = '',
  ) {
    super(code);
  }
}

/** A spreadsheet cell as the text a CSV would carry. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Rows as wide as the header; blank rows at the end (a file's last line break) dropped. */
function padRows(rows: string[][], width: number): string[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((c) => c.trim() === '')) end -= 1;
  return rows
    .slice(0, end)
    .map((r) => (r.length >= width ? r : [...r, ...Array<string>(width - r.length).fill('')]));
}

export function tableFromCollectionText(text: string): Table {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SheetReadError('json', error instanceof Error ? error.message : '');
  }
  const features = (raw as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) throw new SheetReadError('not-collection');
  return collectionToTable(raw as PartnerCollection);
}

/** Rows pasted from a spreadsheet (tab-separated), or CSV text. */
export function readPasted(text: string): ReadSheet {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (!firstLine.includes('\t')) return fromCsv(text);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: '\t' });
  const [header = [], ...rows] = parsed.data;
  return { table: { header, rows: padRows(rows, header.length) }, problems: [] };
}

function fromCsv(text: string): ReadSheet {
  const { header, rows, problems } = parseCsv(text);
  return { table: { header, rows: padRows(rows, header.length) }, problems };
}

/** The first sheet's cells (read-excel-file's readSheet, the worker build). */
export type XlsxReader = (file: File) => Promise<unknown[][]>;

/** A dropped or chosen file: .xlsx, .csv (`,` or `;`) or .geojson. Nothing leaves the browser. */
export async function readSheetFile(file: File, readXlsx: XlsxReader): Promise<ReadSheet> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.txt')) return fromCsv(await file.text());
  if (name.endsWith('.geojson') || name.endsWith('.json'))
    return { table: tableFromCollectionText(await file.text()), problems: [] };
  if (name.endsWith('.xlsx')) {
    let data: unknown[][];
    try {
      data = await readXlsx(file);
    } catch (error) {
      throw new SheetReadError('xlsx', error instanceof Error ? error.message : '');
    }
    const [header = [], ...rows] = data.map((r) => r.map(cellText));
    return { table: { header, rows: padRows(rows, header.length) }, problems: [] };
  }
  throw new SheetReadError('format', file.name);
}
