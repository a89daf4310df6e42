import { useTranslation } from 'react-i18next';
import { otherLang } from '@/i18n/i18n';
import { useConfig } from '@/api/config';
import { useUiStore } from '@/stores/ui-store';
import type { ReactNode } from 'react';

interface Props {
  children?: ReactNode;
}

export function AppHeader({ children }: Props) {
  const { t } = useTranslation();
  const config = useConfig();
  const lang = useUiStore((s) => s.lang);
  const setLang = useUiStore((s) => s.setLang);
  const next = otherLang(lang);
  return (
    <header className="app-header">
      <h1 className="app-title">{config.title[lang]}</h1>
      <nav className="header-actions" aria-label={t('app.tools')}>
        <button
          type="button"
          className="text-button lang-switch"
          lang={next}
          aria-label={t('app.switchLanguageLabel')}
          onClick={() => setLang(next)}
        >
          {t('app.switchLanguage')}
        </button>
        {children}
      </nav>
    </header>
  );
}
