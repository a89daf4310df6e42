import type { Table } from '@/lib/partners-file/table';

export interface FieldChange {
  column: string;
  before: string;
  after: string;
}
type Named = { id: string; name: { vi: string; en: string } };
export interface Changes {
  added: Named[];
  removed: Named[];
  changed: (Named & { fields: FieldChange[] })[];
}

/** Each row's cells by id, by column name; blank rows and rows without id are left out. */
function byId(table: Table): Map<string, Record<string, string>> {
  const cells = new Map<string, Record<string, string>>();
  for (const row of table.rows) {
    const record: Record<string, string> = {};
    table.header.forEach((h, i) => {
      const value = (row[i] ?? '').trim();
      if (value !== '') record[h.trim()] = value;
    });
    const id = record.id;
    if (id && !cells.has(id)) cells.set(id, record);
  }
  return cells;
}

/** Added, removed and changed (field by field) partners of `edited` against `deployed`, by id. */
export function diffTables(deployed: Table, edited: Table): Changes {
  const before = byId(deployed);
  const after = byId(edited);
  const name = (r: Record<string, string>) => ({
    vi: r.name_vi ?? r.id ?? '',
    en: r.name_en ?? r.id ?? '',
  });
  const changes: Changes = { added: [], removed: [], changed: [] };
  for (const [id, a] of after) {
    const b = before.get(id);
    if (!b) {
      changes.added.push({ id, name: name(a) });
      continue;
    }
    const columns = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    const fields = columns
      .filter((c) => (b[c] ?? '') !== (a[c] ?? ''))
      .map((column) => ({ column, before: b[column] ?? '', after: a[column] ?? '' }));
    if (fields.length > 0) changes.changed.push({ id, name: name(a), fields });
  }
  for (const [id, b] of before) if (!after.has(id)) changes.removed.push({ id, name: name(b) });
  return changes;
}
