// The texts the app's fonts must draw, gathered for scripts/fonts-subset.mjs.
//
// names: every nativeName (text and short) and name in data/partners.geojson, every endonym of the language
// menu, each with its BCP 47 tag. interface: per interface language, its locale file's strings, the
// config's labels in that language, and what Intl writes in it (country names of the data, month
// names, dates), which appear on screen without being in any file. symbols: the symbols (isSymbol)
// the source writes outside comments (the edge chips' arrows, ⌂, ▶), drawn in every language.
import { readdir, readFile } from 'node:fs/promises';
import { isSymbol } from './font-plan.mjs';

const ROOT = new URL('../../', import.meta.url);
const readJson = async (path) => JSON.parse(await readFile(new URL(path, ROOT), 'utf8'));

/** Every string in a JSON value (keys excluded). */
function strings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** Every string under a key named `lang` anywhere in the config ({vi, en, ko, …} labels). */
function labelsIn(value, lang, out = []) {
  if (Array.isArray(value)) value.forEach((v) => labelsIn(v, lang, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === lang) strings(v, out);
      else labelsIn(v, lang, out);
    }
  }
  return out;
}

/** What Intl writes in `locale` for this data: country names, months, a date in each month. */
function intlStrings(locale, countries) {
  const out = [];
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  for (const code of countries) out.push(regions.of(code) ?? '');
  for (const month of ['long', 'short']) {
    const format = new Intl.DateTimeFormat(locale, { month, calendar: 'gregory' });
    for (let m = 0; m < 12; m++) out.push(format.format(new Date(Date.UTC(2024, m, 15))));
  }
  for (const dateStyle of ['long', 'medium']) {
    const format = new Intl.DateTimeFormat(locale, { dateStyle, calendar: 'gregory' });
    for (let m = 0; m < 12; m++) out.push(format.format(new Date(Date.UTC(2024, m, 15))));
  }
  out.push(new Intl.NumberFormat(locale).format(1234567.89));
  return out;
}

/** Symbols written in src/ (.ts, .tsx, .css), comments left out, in code-point order. */
async function sourceSymbols() {
  const found = new Set();
  const entries = await readdir(new URL('src/', ROOT), { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !/\.(tsx?|css)$/.test(entry.name)) continue;
    if (/__tests__|src\/testing/.test(entry.parentPath)) continue;
    const text = (await readFile(`${entry.parentPath}/${entry.name}`, 'utf8'))
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    for (const c of text) if (isSymbol(c)) found.add(c);
  }
  return [...found].sort();
}

export async function gatherTexts() {
  const { LANGUAGES } = await import('../../src/lib/i18n/languages.ts');
  const partners = await readJson('data/partners.geojson');
  const config = await readJson('data/config.json');

  const names = [];
  const countries = new Set([config.home?.country].filter(Boolean));
  for (const feature of partners.features ?? []) {
    const p = feature.properties ?? {};
    if (p.country) countries.add(p.country);
    // A Latin letter Be Vietnam Pro lacks (Łódź) comes from Noto Sans's name file.
    for (const lang of ['vi', 'en']) if (p.name?.[lang]) names.push({ lang, text: p.name[lang] });
    for (const n of p.nativeName ?? []) {
      names.push({ lang: n.lang, text: n.text });
      if (n.short) names.push({ lang: n.lang, text: n.short });
    }
  }
  for (const info of Object.values(LANGUAGES)) names.push({ lang: info.tag, text: info.endonym });

  const entries = await readdir(new URL('src/i18n/locales/', ROOT), { withFileTypes: true });
  // A language's strings: its first-view file and each part loaded on demand (locales/<part>/).
  const parts = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  const interfaces = {};
  for (const file of entries
    .map((e) => e.name)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const lang = file.slice(0, -'.json'.length);
    const info = LANGUAGES[lang];
    const partStrings = [];
    for (const part of parts.sort())
      partStrings.push(...strings(await readJson(`src/i18n/locales/${part}/${file}`)));
    const texts = [
      ...strings(await readJson(`src/i18n/locales/${file}`)),
      ...partStrings,
      ...labelsIn(config, lang),
      ...intlStrings(info?.locale ?? lang, [...countries].sort()),
    ];
    interfaces[lang] = { tag: info?.tag ?? lang, texts };
  }
  return { names, interfaces, symbols: await sourceSymbols() };
}
