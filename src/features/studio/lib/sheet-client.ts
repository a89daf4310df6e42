import type { Table } from '@/lib/partners-file/table';
import type { ValidateOptions } from '@/lib/schema/validate-partners';
import type { Partner } from '@/types/partner';
import type { Changes } from './changes';
import type { SheetCheck } from './check-sheet';
import { SheetReadError, type ReadSheet } from './read-sheet';
import type { SheetAsk, SheetRequest, SheetResponse } from './sheet-messages';

export interface Checked {
  id: number;
  check: SheetCheck;
  changes: Changes;
}

type Pending = (r: SheetResponse) => void;
let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();
/** The partners of the last check, by id: the worker sends unchanged ones as their id. */
let last = new Map<string, Partner>();

function decode(partners: (Partner | string)[]): Partner[] {
  const out = partners.map((p) => (typeof p === 'string' ? (last.get(p) as Partner) : p));
  last = new Map(out.map((p) => [p.id, p]));
  return out;
}

function ask(request: SheetAsk): Promise<SheetResponse> {
  if (!worker) {
    worker = new Worker(new URL('./sheet.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<SheetResponse>) => {
      const r = e.data;
      // Every check is decoded, stale or not, so `last` stays what the worker last sent.
      if (r.type === 'check') r.check.partners = decode(r.check.partners);
      pending.get(r.id)?.(r);
      pending.delete(r.id);
    };
  }
  const id = (nextId += 1);
  return new Promise((resolve) => {
    pending.set(id, resolve);
    const message: SheetRequest = { ...request, id };
    worker?.postMessage(message);
  });
}

async function read(request: SheetAsk): Promise<ReadSheet> {
  const r = await ask(request);
  if (r.type !== 'read') throw new Error('unexpected answer');
  if (r.error) throw new SheetReadError(r.error.code, r.error.detail);
  return r.read as ReadSheet;
}

/** A chosen or dropped file, read in the worker. */
export const readFile = (file: File) => read({ type: 'read', file });
/** Rows pasted from a spreadsheet, or CSV text. */
export const readPastedText = (text: string) => read({ type: 'read', as: 'paste', text });
/** The published partners file: the sheet to start from, and what changes are counted against. */
export const readDeployed = (text: string) => read({ type: 'read', as: 'deployed', text });

/** The sheet checked and diffed against the published one; the answer carries its request id. */
export async function checkTable(table: Table, options: ValidateOptions): Promise<Checked> {
  const r = await ask({ type: 'check', table, options });
  if (r.type !== 'check') throw new Error('unexpected answer');
  return { id: r.id, check: r.check as SheetCheck, changes: r.changes };
}
