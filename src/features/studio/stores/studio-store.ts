import { create } from 'zustand';
import type { ProfileId } from '@/lib/modes/profiles';
import type { Table, TableProblem } from '@/lib/partners-file/table';
import { kebabId } from '../lib/new-id';

export type StudioTab = 'sheet' | 'preview' | 'changes';

interface StudioState extends Table {
  /** Where the rows came from: a file name, or null for the deployed data. */
  source: string | null;
  /** Problems reading the file itself (CSV quotes), shown with the row problems. */
  readProblems: TableProblem[];
  /** Edited since loaded or last downloaded. */
  dirty: boolean;
  tab: StudioTab;
  /** The preview has been opened once; it then stays mounted (hidden) so the map keeps its view. */
  previewed: boolean;
  /** The visitor mode the preview shows the edited data in. */
  previewMode: ProfileId;
  /** Rows (index) whose id follows their English name until the id is typed. */
  autoIds: ReadonlySet<number>;
  /** The row to show and focus in the sheet (after an add or a click on a problem). */
  focusRow: number | null;
  load: (table: Table, source: string | null, readProblems?: TableProblem[]) => void;
  setCell: (row: number, column: number, value: string) => void;
  /** Appends a partner row; returns its index. */
  addRow: (cells: Record<string, string>) => number;
  removeRow: (row: number) => void;
  setTab: (tab: StudioTab) => void;
  setPreviewMode: (mode: ProfileId) => void;
  setFocusRow: (row: number | null) => void;
  markSaved: () => void;
}

export const useStudioStore = create<StudioState>()((set, get) => ({
  header: [],
  rows: [],
  source: null,
  readProblems: [],
  dirty: false,
  tab: 'sheet',
  previewed: false,
  previewMode: 'web',
  autoIds: new Set(),
  focusRow: null,
  load: (table, source, readProblems = []) =>
    set({
      ...table,
      source,
      readProblems,
      dirty: source !== null,
      autoIds: new Set(),
      focusRow: null,
    }),
  setCell: (row, column, value) =>
    set((s) => {
      const rows = s.rows.slice();
      const cells = (rows[row] ?? []).slice();
      cells[column] = value;
      const name = s.header[column];
      const autoIds = new Set(s.autoIds);
      const idAt = s.header.indexOf('id');
      if (name === 'id') autoIds.delete(row);
      else if (name === 'name_en' && autoIds.has(row) && idAt >= 0) cells[idAt] = kebabId(value);
      rows[row] = cells;
      return { rows, dirty: true, autoIds };
    }),
  addRow: (values) => {
    const { header, rows } = get();
    const cells = header.map((h) => values[h] ?? '');
    const index = rows.length;
    set((s) => ({
      rows: [...s.rows, cells],
      dirty: true,
      autoIds: new Set([...s.autoIds, index]),
      focusRow: index,
    }));
    return index;
  },
  removeRow: (row) =>
    set((s) => ({
      rows: s.rows.filter((_, i) => i !== row),
      dirty: true,
      // Indices after the removed row shift; keep it simple and stop following names.
      autoIds: new Set(),
    })),
  setTab: (tab) => set((s) => ({ tab, previewed: s.previewed || tab === 'preview' })),
  setPreviewMode: (previewMode) => set({ previewMode }),
  setFocusRow: (focusRow) => set({ focusRow }),
  markSaved: () => set({ dirty: false }),
}));
