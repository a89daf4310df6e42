import type { PartnerCollection } from '@/lib/partners-file/partner-file';
import { collectionToCsv } from '@/lib/partners-file/partners-csv';
import { collectionToTable } from '@/lib/partners-file/table';

export function csvBlob(collection: PartnerCollection): Blob {
  return new Blob([collectionToCsv(collection)], { type: 'text/csv;charset=utf-8' });
}

/** The same columns as the CSV; coordinates as numbers, everything else as text (no formulas). */
export async function xlsxBlob(collection: PartnerCollection): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const table = collectionToTable(collection);
  const numeric = new Set(['lon', 'lat']);
  const data = [
    table.header.map((h) => ({ value: h, fontWeight: 'bold' as const })),
    ...table.rows.map((row) =>
      row.map((cell, i) =>
        numeric.has(table.header[i] ?? '') && cell !== ''
          ? { value: Number(cell), type: Number }
          : { value: cell, type: String },
      ),
    ),
  ];
  return writeXlsxFile(data, { sheet: 'partners', stickyRowsCount: 1 }).toBlob();
}

/** Saves a blob under `name` through a download link; nothing is sent anywhere. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
