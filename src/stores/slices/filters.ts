import type { SortKey } from '@/lib/partners/sort';
import { changeFields } from '@/lib/view/rules';
import type { Slice } from './types';

export interface FiltersSlice {
  /** Field ids turned on (plus `unrecorded`); null = all on. */
  fields: string[] | null;
  search: string;
  sort: SortKey;
  /** Sets the fields (the full list folds into "all on"); a selected partner they hide is deselected. */
  setFields: (fields: readonly string[] | null) => void;
  toggleField: (id: string, allIds: readonly string[]) => void;
  soloField: (id: string, allIds: readonly string[]) => void;
  setSearch: (search: string) => void;
  setSort: (sort: SortKey) => void;
}

export const filtersSlice: Slice<FiltersSlice> = (set, get) => ({
  fields: null,
  search: '',
  sort: 'date',
  setFields: (fields) => {
    const { catalog } = get();
    if (!catalog) set({ fields: fields && [...fields] });
    else set(changeFields(get(), fields, catalog.fieldIds, catalog));
  },
  toggleField: (id, allIds) =>
    set(({ fields }) => {
      const on = fields ?? allIds;
      const next = on.includes(id) ? on.filter((f) => f !== id) : [...on, id];
      return { fields: next.length === allIds.length ? null : next };
    }),
  soloField: (id, allIds) =>
    set(({ fields }) => ({
      fields: fields?.length === 1 && fields[0] === id ? null : allIds.includes(id) ? [id] : fields,
    })),
  setSearch: (search) => set({ search }),
  setSort: (sort) => set({ sort }),
});
