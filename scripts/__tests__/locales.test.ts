import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_LANGS, INTERFACE_LANGS } from '@/lib/i18n/languages';

const DIR = 'src/i18n/locales';
type Strings = Record<string, unknown>;
const readFile = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Strings;
/** The parts loaded on demand (issue 19): one folder each, beside the first view's files. */
const PARTS = readdirSync(DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const files = (lang: string) => [
  `${DIR}/${lang}.json`,
  ...PARTS.map((p) => `${DIR}/${p}/${lang}.json`),
];

/** Deep merge, as i18next merges the files into one namespace; a key in two files is an error. */
function merge(into: Strings, from: Strings, at: string): Strings {
  for (const [k, v] of Object.entries(from)) {
    const mine = into[k];
    if (typeof v === 'object' && v && typeof mine === 'object' && mine)
      merge(mine as Strings, v as Strings, `${at}${k}.`);
    else if (k in into) throw new Error(`${at}${k} is in two files`);
    else into[k] = typeof v === 'object' && v ? merge({}, v as Strings, `${at}${k}.`) : v;
  }
  return into;
}
/** A language's strings: its first-view file and every part, merged. */
const read = (lang: string) => files(lang).reduce((all, f) => merge(all, readFile(f), ''), {});

/** key path → text, plural suffixes folded into one key (languages have different plural forms). */
function flatten(value: unknown, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') {
      const base = path.replace(/_(zero|one|two|few|many|other)$/, '');
      out.set(base, [...(out.get(base) ?? []), v]);
    } else for (const [kk, vv] of flatten(v, path)) out.set(kk, vv);
  }
  return out;
}
const placeholders = (texts: string[]) =>
  [...new Set(texts.flatMap((t) => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1])))].sort();

const vi = flatten(read('vi'));
const en = flatten(read('en'));
const others = INTERFACE_LANGS.filter((l) => l !== 'vi');
// Strings that are the same in every language: key names, symbols, the Vietnamese switch label.
const SAME_EVERYWHERE = /^(help\.keys\.|presenter\.step$|console\.none$|app\.switchLanguage)/;

describe('locale files', () => {
  it('one per interface language, and no other, for the first view and each part', () => {
    const perLang = INTERFACE_LANGS.map((l) => `${l}.json`).sort();
    expect(
      readdirSync(DIR)
        .filter((f) => !PARTS.includes(f))
        .sort(),
    ).toEqual(perLang);
    expect(PARTS.length).toBeGreaterThan(0);
    for (const part of PARTS) expect(readdirSync(`${DIR}/${part}`).sort(), part).toEqual(perLang);
  });

  it.each(INTERFACE_LANGS)('%s: no key is both in the first view and in a part', (lang) => {
    expect(() => read(lang)).not.toThrow();
  });

  it.each(others)('%s has the same keys and placeholders as vi', (lang) => {
    const strings = flatten(read(lang));
    expect([...strings.keys()].sort()).toEqual([...vi.keys()].sort());
    for (const [key, texts] of strings)
      expect(placeholders(texts), `${lang} ${key}`).toEqual(placeholders(vi.get(key) ?? []));
  });

  it.each(others.filter((l) => !(CONTENT_LANGS as readonly string[]).includes(l)))(
    '%s leaves no English text behind',
    (lang) => {
      const leftovers = [...flatten(read(lang))].filter(
        ([key, texts]) =>
          !SAME_EVERYWHERE.test(key) &&
          texts.some((t) =>
            /[A-Za-z]{3,}/.test(
              t.replace(
                /\{\{\w+\}\}|\?mode=\w+|[\w.]+=0|embed\.js|iframe|GeoJSON FeatureCollection|JSON|WebGL|PNG|QR|Ctrl|Alt|Tab|Enter|Esc|PageUp|PageDown|Home|End/g,
                '',
              ),
            ),
          ),
      );
      expect(leftovers.map(([key]) => key)).toEqual([]);
      for (const [key, texts] of flatten(read(lang)))
        if (!SAME_EVERYWHERE.test(key)) expect(texts, key).not.toEqual(en.get(key));
    },
  );
});

/** Every key path, plural suffixes kept. */
function keyPaths(value: unknown, prefix = ''): string[] {
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : keyPaths(v, `${prefix}${k}.`),
  );
}

describe('plural forms', () => {
  // i18next picks `key_<category>` by Intl.PluralRules and does not fall back to `_other`.
  it.each(INTERFACE_LANGS)('%s has every plural form its language uses', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const keys = new Set(keyPaths(read(lang)));
    const plural = new Set(
      [...keys].flatMap((k) =>
        /_(zero|one|two|few|many|other)$/.exec(k) ? [k.replace(/_\w+$/, '')] : [],
      ),
    );
    const missing = [...plural].flatMap((base) =>
      categories.filter((c) => !keys.has(`${base}_${c}`)).map((c) => `${base}_${c}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('glossary (docs/languages.md)', () => {
  const config = JSON.parse(readFileSync('data/config.json', 'utf8')) as {
    languages: string[];
    fields: { id: string; label: Record<string, string> }[];
    relations: { id: string; label: Record<string, string> }[];
  };
  it('the shipped config offers every interface language', () => {
    expect([...config.languages].sort()).toEqual([...INTERFACE_LANGS].sort());
  });
  it.each(config.languages)('%s: "sister city" and "friendship and cooperation" differ', (lang) => {
    const label = (id: string) => config.relations.find((r) => r.id === id)?.label[lang];
    expect(label('sister-city')).toBeTruthy();
    expect(label('sister-city')).not.toBe(label('friendship-cooperation'));
  });
  it.each(config.languages)('%s: every relation kind and field has a label of its own', (lang) => {
    for (const group of [config.relations, config.fields]) {
      const labels = group.map((item) => item.label[lang]?.trim().toLocaleLowerCase(lang));
      expect(labels.every(Boolean), `${lang}: ${group.map((i) => i.id).join(', ')}`).toBe(true);
      expect(new Set(labels).size, labels.join(' | ')).toBe(labels.length);
    }
  });
});
