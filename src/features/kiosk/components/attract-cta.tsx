import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLang } from '@/i18n/i18n';
import { LANGUAGES, type UiLang } from '@/lib/i18n/languages';
import { useUiStore } from '@/stores/ui-store';

/** How long the call to action stays in one language before the next. */
const TURN_MS = 3000;

/**
 * The attract loop's call to action in every offered language in turn, the current one first: a
 * delegate who reads no Vietnamese still learns to touch. Each line carries its own `lang`.
 */
export function AttractCta() {
  const { i18n } = useTranslation();
  const current = useUiStore((s) => s.lang);
  const offered = useUiStore((s) => s.languages);
  const [shown, setShown] = useState<readonly UiLang[]>([current]);
  const [turn, setTurn] = useState(0);

  useEffect(() => {
    let live = true;
    const order = [current, ...offered.filter((l) => l !== current)];
    Promise.all(order.map(loadLang))
      .then(() => live && setShown(order))
      .catch((error: unknown) => console.error(error));
    return () => {
      live = false;
    };
  }, [current, offered]);

  useEffect(() => {
    if (shown.length < 2) return;
    const timer = window.setInterval(() => setTurn((n) => n + 1), TURN_MS);
    return () => window.clearInterval(timer);
  }, [shown]);

  return shown.map((lang, i) => (
    <p
      key={lang}
      className="attract-cta"
      lang={LANGUAGES[lang].tag}
      hidden={i !== turn % shown.length}
    >
      {i18n.getFixedT(lang)('kiosk.touchToExplore')}
    </p>
  ));
}
