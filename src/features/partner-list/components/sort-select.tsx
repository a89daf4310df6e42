import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortKey } from '@/lib/partners/sort';
import { useUiStore } from '@/stores/ui-store';

const KEYS: Record<SortKey, string> = {
  name: 'list.sortName',
  country: 'list.sortCountry',
  date: 'list.sortDate',
  relation: 'list.sortRelation',
};

export function SortSelect() {
  const { t } = useTranslation();
  const id = useId();
  const sort = useUiStore((s) => s.sort);
  const setSort = useUiStore((s) => s.setSort);
  return (
    <div className="sort-select">
      <label htmlFor={id}>{t('list.sort')}</label>
      <select id={id} value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
        {(Object.keys(KEYS) as SortKey[]).map((k) => (
          <option key={k} value={k}>
            {t(KEYS[k])}
          </option>
        ))}
      </select>
    </div>
  );
}
