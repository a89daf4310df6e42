import i18next, { type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLang } from '@/lib/i18n/languages';
import type { Lang } from '@/types/partner';
import { fillIntlGaps } from '@/lib/format/intl-gaps';

/**
 * Strings load on demand (issues 8 and 19): `locales/<lang>.json` holds what the first view shows;
 * `locales/<part>/<lang>.json` what one feature loaded later shows (a dialog, the table, a mode's
 * own views), fetched with that feature's code by `loadStrings`. Keys stay whole (`help.title`):
 * every file merges into the one namespace.
 */
type Json = () => Promise<ResourceLanguage>;
const firstView = import.meta.glob<ResourceLanguage>('./locales/*.json', { import: 'default' });

export type StringsPart =
  | 'about'
  | 'comparison'
  | 'details'
  | 'help'
  | 'kiosk'
  | 'numbers'
  | 'presenter'
  | 'share'
  | 'table';

/** The language last asked for (switchLang): of quick switches the last one wins. */
let wanted: UiLang = 'vi';
/** Parts asked for so far: a language loaded later gets them too. */
const partsInUse = new Set<StringsPart>();
const pending = new Map<string, Promise<void>>();

function addFile(lang: UiLang, path: string, load: Json | undefined): Promise<void> {
  let done = pending.get(path);
  if (!done) {
    if (!load) return Promise.reject(new Error(`no strings file ${path}`));
    done = load()
      .then((strings) => withPluralGaps(lang, strings))
      .then((strings) => {
        // Deep: the first-view file and a part may share a group (`help.button`, `help.title`).
        i18next.addResourceBundle(lang, 'translation', strings, true, true);
      });
    pending.set(path, done);
    done.catch(() => pending.delete(path));
  }
  return done;
}

const loadPart = async (lang: UiLang, part: StringsPart) => {
  const path = `./locales/${part}/${lang}.json`;
  const { partFiles } = await import('./part-files');
  return addFile(lang, path, partFiles[path]);
};

/** Plural forms filled where Intl lacks the language's rules (Lao); that code loads only then. */
async function withPluralGaps(lang: UiLang, strings: ResourceLanguage) {
  if (Intl.PluralRules.supportedLocalesOf([lang]).length > 0) return strings;
  const { fillPluralGaps } = await import('./plural-gaps');
  return fillPluralGaps(lang, strings);
}

/** Language comes from the URL or the config only: no detection, nothing stored. */
export function initI18n() {
  if (i18next.isInitialized) return i18next;
  void i18next.use(initReactI18next).init({
    lng: 'vi',
    fallbackLng: false,
    resources: {},
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}

/** Loads a language's strings (first view, and the parts in use) without switching to it. */
export async function loadLang(lang: UiLang): Promise<void> {
  const path = `./locales/${lang}.json`;
  // Shipped CLDR names and plural forms stand in where the browser's Intl lacks the language.
  await Promise.all([
    addFile(lang, path, firstView[path]),
    fillIntlGaps(lang),
    ...[...partsInUse].map((part) => loadPart(lang, part)),
  ]);
}

/**
 * Loads the strings of features loaded on demand, in the language shown and the one being switched
 * to (a language loaded later gets them with its own file); call with the feature's code.
 */
export async function loadStrings(...wantedParts: StringsPart[]): Promise<void> {
  for (const part of wantedParts) partsInUse.add(part);
  const langs = new Set([i18next.language as UiLang, wanted]);
  await Promise.all([...langs].flatMap((lang) => wantedParts.map((part) => loadPart(lang, part))));
}

/** A lazy component's loader that also brings its strings: `lazy(withStrings(load, 'help'))`. */
export function withStrings<T>(load: () => Promise<T>, ...wantedParts: StringsPart[]) {
  return () => Promise.all([load(), loadStrings(...wantedParts)]).then(([module]) => module);
}

/** Loads a language's strings if needed, then switches; of quick switches the last one wins. */
export async function switchLang(lang: UiLang): Promise<void> {
  wanted = lang;
  await loadLang(lang);
  if (wanted === lang && i18next.language !== lang) await i18next.changeLanguage(lang);
}

export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');
