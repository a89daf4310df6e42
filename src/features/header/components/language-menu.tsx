import { lazy, Suspense, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/lib/i18n/languages';
import { useUiStore } from '@/stores/ui-store';
import './language-menu.css';

// The list loads on first open (or when the pointer nears the button): the first view needs the button only.
const load = () => import('./language-list');
const LanguageList = lazy(load);

/** The language menu: a globe and each offered language named in itself (readable without Vietnamese). */
export function LanguageMenu() {
  const { t } = useTranslation();
  const lang = useUiStore((s) => s.lang);
  const [open, setOpen] = useState(false);
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') setOpen(false);
  };
  return (
    <div className="language-menu">
      <button
        type="button"
        className="text-button lang-switch"
        data-tool="language"
        aria-expanded={open}
        aria-controls="language-menu-list"
        onClick={() => setOpen(!open)}
        onKeyDown={closeOnEscape}
        onPointerEnter={() => void load()}
        onFocus={() => void load()}
      >
        <svg aria-hidden="true" className="globe" viewBox="0 0 24 24" width="1.1em" height="1.1em">
          <g fill="none" stroke="currentColor" strokeWidth="1.8">
            <circle cx="12" cy="12" r="9.5" />
            <path d="M2.5 12h19M12 2.5c-3 3.2-3 15.8 0 19M12 2.5c3 3.2 3 15.8 0 19" />
          </g>
        </svg>{' '}
        <span className="visually-hidden">{t('app.language')}: </span>
        <span className="tool-label" lang={LANGUAGES[lang].tag}>
          {LANGUAGES[lang].endonym}
        </span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <LanguageList onClose={() => setOpen(false)} onKeyDown={closeOnEscape} />
        </Suspense>
      )}
    </div>
  );
}
