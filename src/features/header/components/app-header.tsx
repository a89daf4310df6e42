import { useTranslation } from 'react-i18next';
import { contentLangOf } from '@/lib/i18n/languages';
import { otherLang } from '@/i18n/i18n';
import { useConfig } from '@/api/config';
import { useUiStore } from '@/stores/ui-store';
import type { ReactNode } from 'react';
import { LanguageMenu } from './language-menu';
import './app-header.css';

interface Props {
  children?: ReactNode;
}

export function AppHeader({ children }: Props) {
  const { t } = useTranslation();
  const config = useConfig();
  const lang = useUiStore((s) => contentLangOf(s.lang));
  const setLang = useUiStore((s) => s.setLang);
  const languages = useUiStore((s) => s.languages);
  const next = otherLang(lang);
  return (
    <header className="app-header">
      <h1 className="app-title" lang={lang}>
        {config.title[lang]}
      </h1>
      <nav className="header-actions" aria-label={t('app.tools')}>
        {languages.length > 2 ? (
          <LanguageMenu />
        ) : (
          <button
            type="button"
            className="text-button lang-switch"
            lang={next}
            aria-label={t('app.switchLanguageLabel')}
            onClick={() => setLang(next)}
          >
            {t('app.switchLanguage')}
          </button>
        )}
        {children}
      </nav>
    </header>
  );
}
