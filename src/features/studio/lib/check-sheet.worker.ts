import type { Table } from '@/lib/partners-file/table';
import type { ValidateOptions } from '@/lib/schema/validate-partners';
import { checkSheet } from './check-sheet';

export interface CheckRequest {
  seq: number;
  table: Table;
  options: ValidateOptions;
}

// Validation of thousands of rows runs here, off the page's main thread.
self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const { seq, table, options } = e.data;
  self.postMessage({ seq, check: checkSheet(table, options) });
};
