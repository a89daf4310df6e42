import { readSheet } from 'read-excel-file/web-worker';
import type { Table } from '@/lib/partners-file/table';
import type { Partner } from '@/types/partner';
import { diffTables } from './changes';
import { checkSheet } from './check-sheet';
import { readPasted, readSheetFile, SheetReadError, tableFromCollectionText } from './read-sheet';
import type { SheetRequest, SheetResponse } from './sheet-messages';

// Reading, checking and diffing thousands of rows runs here, off the page's main thread.
let deployed: Table = { header: [], rows: [] };
/** Each partner as last sent, by id: unchanged ones go back as their id only (see sheet-client.ts). */
let sent = new Map<string, string>();

function shared(partners: Partner[]): (Partner | string)[] {
  const next = new Map<string, string>();
  const out = partners.map((p) => {
    const json = JSON.stringify(p);
    next.set(p.id, json);
    return sent.get(p.id) === json ? p.id : p;
  });
  sent = next;
  return out;
}

async function answer(m: SheetRequest): Promise<SheetResponse> {
  if (m.type === 'check') {
    const check = checkSheet(m.table, m.options);
    return {
      type: 'check',
      id: m.id,
      check: { ...check, partners: shared(check.partners) },
      changes: diffTables(deployed, m.table),
    };
  }
  try {
    const read =
      m.file !== undefined
        ? await readSheetFile(m.file, (f) => readSheet(f))
        : m.as === 'paste'
          ? readPasted(m.text)
          : { table: tableFromCollectionText(m.text), problems: [] };
    if (m.as === 'deployed') deployed = read.table;
    return { type: 'read', id: m.id, read };
  } catch (error) {
    if (!(error instanceof SheetReadError)) throw error;
    return { type: 'read', id: m.id, error: { code: error.code, detail: error.detail } };
  }
}

self.onmessage = (e: MessageEvent<SheetRequest>) => {
  void answer(e.data).then((r) => self.postMessage(r));
};
