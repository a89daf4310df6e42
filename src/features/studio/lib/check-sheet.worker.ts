import type { Table } from '@/lib/partners-file/table';
import type { ValidateOptions } from '@/lib/schema/validate-partners';
import { diffTables } from './changes';
import { checkSheet } from './check-sheet';

export interface CheckRequest {
  seq: number;
  table: Table;
  options: ValidateOptions;
  /** The published sheet; sent once, kept here for every later diff. */
  deployed?: Table;
}

let deployed: Table = { header: [], rows: [] };

// Checking and diffing thousands of rows runs here, off the page's main thread.
self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const { seq, table, options } = e.data;
  if (e.data.deployed) deployed = e.data.deployed;
  self.postMessage({
    seq,
    check: checkSheet(table, options),
    changes: diffTables(deployed, table),
  });
};
