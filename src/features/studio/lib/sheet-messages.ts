import type { Table } from '@/lib/partners-file/table';
import type { ValidateOptions } from '@/lib/schema/validate-partners';
import type { Partner } from '@/types/partner';
import type { Changes } from './changes';
import type { SheetCheck } from './check-sheet';
import type { ReadErrorCode, ReadSheet } from './read-sheet';

/** What the page asks the studio's worker: read a file or text, or check a sheet. */
export type SheetAsk =
  | { type: 'read'; file: File; as?: undefined; text?: undefined }
  | { type: 'read'; file?: undefined; as: 'paste' | 'deployed'; text: string }
  | { type: 'check'; table: Table; options: ValidateOptions };
export type SheetRequest = SheetAsk & { id: number };

/** A checked sheet as sent back: a partner unchanged since the last check is only its id. */
export interface SentCheck extends Omit<SheetCheck, 'partners'> {
  partners: (Partner | string)[];
}

export type SheetResponse =
  | { type: 'read'; id: number; read?: ReadSheet; error?: { code: ReadErrorCode; detail: string } }
  | { type: 'check'; id: number; check: SentCheck; changes: Changes };
