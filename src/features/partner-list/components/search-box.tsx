import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '@/stores/ui-store';

export function SearchBox() {
  const { t } = useTranslation();
  const id = useId();
  const search = useUiStore((s) => s.search);
  const setSearch = useUiStore((s) => s.setSearch);
  return (
    <div className="search-box">
      <label htmlFor={id}>{t('list.search')}</label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          value={search}
          placeholder={t('list.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setSearch(e.target.value)}
        />
        {search && (
          <button
            type="button"
            className="icon-button"
            aria-label={t('list.clearSearch')}
            onClick={() => setSearch('')}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
    </div>
  );
}
