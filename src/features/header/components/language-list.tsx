import { type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/lib/i18n/languages';
import { useUiStore } from '@/stores/ui-store';

interface Props {
  onClose: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

/** The language menu's list, loaded on first open: each offered language named in itself. */
export default function LanguageList({ onClose, onKeyDown }: Props) {
  const { t } = useTranslation();
  const lang = useUiStore((s) => s.lang);
  const languages = useUiStore((s) => s.languages);
  const setLang = useUiStore((s) => s.setLang);
  return (
    <ul id="language-menu-list" className="language-list" aria-label={t('app.language')}>
      {languages.map((l) => (
        <li key={l}>
          <button
            type="button"
            className="text-button"
            lang={LANGUAGES[l].tag}
            aria-current={l === lang ? 'true' : undefined}
            onKeyDown={onKeyDown}
            onClick={() => {
              setLang(l);
              onClose();
            }}
          >
            {LANGUAGES[l].endonym}
          </button>
        </li>
      ))}
    </ul>
  );
}
