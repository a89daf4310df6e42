import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts.css';
import './styles/fonts-scripts.css';
import './styles/base.css';
import { App } from '@/app/App';
import '@/features/offline/register-sw';
import { Providers } from '@/app/providers';
import { initI18n, switchLang } from '@/i18n/i18n';
import { isUiLang } from '@/lib/i18n/languages';
import './styles/frame.css';

// The URL's language applies from the first frame; the config's default once it has loaded.
const urlLang = new URLSearchParams(window.location.search).get('lang');
initI18n();

const root = document.getElementById('root');
if (root) {
  void switchLang(isUiLang(urlLang) ? urlLang : 'vi')
    .catch((error: unknown) => console.error(error))
    .then(() =>
      createRoot(root).render(
        <StrictMode>
          <Providers>
            <App />
          </Providers>
        </StrictMode>,
      ),
    );
}
