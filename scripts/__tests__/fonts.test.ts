import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { FONT_BOLD, FONT_REGULAR } from '@/config/map-theme';
import unicodeRange from '@/assets/fonts/unicode-range.json';

// The committed output of scripts/fonts-subset.mjs, checked against what the app shows with it.
const root = fileURLToPath(new URL('../..', import.meta.url));
const FONTS = join(root, 'src/assets/fonts');
const FILES = { 400: 'be-vietnam-pro-400.woff2', 600: 'be-vietnam-pro-600.woff2' } as const;
const SOURCES = {
  400: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  600: '@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf',
} as const;
const WEIGHTS = [400, 600] as const;
/** Issue 8: every font file fetched for the first view, together. */
const FIRST_VIEW_FONT_BUDGET = 60_000;
/** Symbols Be Vietnam Pro does not draw at all, in the keyboard help: a Noto symbols file draws them
 * (font-files.test.ts). */
const NOT_IN_THE_TYPEFACE = ['←', '↑', '→', '↓', '⌘'];

const require = createRequire(import.meta.url);

function open(path: string): fontkit.Font {
  const font = fontkit.create(readFileSync(path));
  if (!('characterSet' in font)) throw new Error(`${path} is a font collection`);
  return font;
}
const shipped = Object.fromEntries(WEIGHTS.map((w) => [w, open(join(FONTS, FILES[w]))]));
const source = Object.fromEntries(WEIGHTS.map((w) => [w, open(require.resolve(SOURCES[w]))]));

function codePointsOf(ranges: readonly string[]): number[] {
  return ranges.flatMap((range) => {
    const [, start = '', end = start] = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(range) ?? [];
    const [from, to] = [parseInt(start, 16), parseInt(end, 16)];
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

/** Every string value in a JSON document. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** The shipped data (config, partners, basemap labels, a tour if any) and both UI languages. */
const TEXT_FILES = [
  ...filesUnder(join(root, 'data'), /^(?!.*\.schema\.json$).*\.(geo)?json$/),
  ...filesUnder(join(root, 'src/i18n/locales'), /\.json$/),
];

/** Source titles quote headlines in their own script (Hangul, kana, Thai, Arabic…): see below. */
function withoutSourceTitles(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSourceTitles);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === 'sources' && Array.isArray(v)
        ? v.map((s: unknown) => ({ ...(s as object), title: '' }))
        : k === 'nativeName'
          ? []
          : withoutSourceTitles(v),
    ]),
  );
}
function sourceTitles(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(sourceTitles);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'sources' && Array.isArray(v)
      ? v.map((s: { title?: unknown }) => String(s.title ?? ''))
      : k === 'nativeName'
        ? strings(v) // names in their own script: the script fonts draw what Be Vietnam Pro lacks
        : sourceTitles(v),
  );
}

const OTHER_SCRIPTS =
  /[\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Lao}\p{Script=Thai}\u3000-\u303f\u30fb\u30fc\uff00-\uffef]/u;
const drawn = (text: string) => [...text].filter((ch) => !/[\s\p{Cc}\p{Cf}]/u.test(ch));
const inTypeface = (ch: string) =>
  WEIGHTS.some((w) => source[w]!.hasGlyphForCodePoint(ch.codePointAt(0)!));

/**
 * Characters that are drawn: no whitespace, control or format characters. A source title keeps its
 * headline's script; letters the whole typeface lacks there are drawn by the system's fonts, like the
 * keyboard arrows, but any letter Be Vietnam Pro has must be in the subset.
 */
function visibleCharacters(file: string): Set<string> {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const text = strings(withoutSourceTitles(json)).join('');
  const titles = drawn(sourceTitles(json).join('')).filter(inTypeface);
  return new Set([...drawn(text), ...titles]);
}

describe('the bundled Be Vietnam Pro files', () => {
  it('draw every character of the shipped data and of both UI languages', () => {
    expect(TEXT_FILES.map((f) => relative(root, f))).toEqual(
      expect.arrayContaining([
        'data/config.json',
        'data/partners.geojson',
        'data/basemap/sovereignty.geojson',
        'src/i18n/locales/en.json',
        'src/i18n/locales/vi.json',
      ]),
    );
    for (const file of TEXT_FILES) {
      const missing = [...visibleCharacters(file)].filter(
        (ch) =>
          !NOT_IN_THE_TYPEFACE.includes(ch) &&
          // Be Vietnam Pro has no Cyrillic, Hangul, kana, Han, Lao or Thai at all (the ru, ko, ja,
          // zh, lo and th interfaces and their config labels): the script fonts draw them.
          !(OTHER_SCRIPTS.test(ch) && !inTypeface(ch)) &&
          WEIGHTS.some((w) => !shipped[w]!.hasGlyphForCodePoint(ch.codePointAt(0)!)),
      );
      expect(missing, file).toEqual([]);
    }
  });

  it('leave out only symbols that the typeface itself does not have', () => {
    for (const ch of NOT_IN_THE_TYPEFACE) {
      for (const w of WEIGHTS)
        expect(source[w]!.hasGlyphForCodePoint(ch.codePointAt(0)!)).toBe(false);
    }
  });

  it('hold every character of their unicode-range that the full font has, and nothing else', () => {
    const range = new Set(codePointsOf(unicodeRange));
    for (const w of WEIGHTS) {
      const expected = source[w]!.characterSet.filter((cp) => range.has(cp)).sort((a, b) => a - b);
      const actual = shipped[w]!.characterSet.filter((cp) => cp !== 0xffff).sort((a, b) => a - b);
      expect(actual, FILES[w]).toEqual(expected);
      expect(actual).toEqual(expect.arrayContaining([0x110, 0x1ea0, 0x1ef9, 0x20ab]));
    }
  });

  it('fit the first view font budget together', () => {
    const bytes = WEIGHTS.map((w) => statSync(join(FONTS, FILES[w])).size);
    expect(bytes.reduce((a, b) => a + b)).toBeLessThanOrEqual(FIRST_VIEW_FONT_BUDGET);
  });
});

describe('fonts.css', () => {
  const css = readFileSync(join(root, 'src/styles/fonts.css'), 'utf8').replace(
    /\/\*[\s\S]*?\*\//g,
    '',
  );
  const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => {
    const get = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(body)?.[1]?.trim();
    return {
      family: get('font-family')?.replace(/^'|'$/g, ''),
      weight: Number(get('font-weight')),
      url: /url\('([^']+)'\)/.exec(body)?.[1],
      unicodeRange: get('unicode-range')?.split(/\s*,\s*/),
    };
  });
  const fileOf = (w: 400 | 600) => `../assets/fonts/${FILES[w]}`;

  it("declares the page's two weights with the ranges the files were cut to", () => {
    expect(faces.filter((f) => f.family === 'Be Vietnam Pro')).toEqual(
      WEIGHTS.map((w) => ({
        family: 'Be Vietnam Pro',
        weight: w,
        url: fileOf(w),
        unicodeRange,
      })),
    );
  });

  it("gives the map's label fonts the page's own files, so each is fetched once", () => {
    expect(faces.filter((f) => f.family !== 'Be Vietnam Pro')).toEqual([
      { family: FONT_REGULAR, weight: 400, url: fileOf(400), unicodeRange: undefined },
      { family: FONT_BOLD, weight: 600, url: fileOf(600), unicodeRange: undefined },
    ]);
    // MapLibre reads a label font's weight from its name.
    expect(FONT_REGULAR).toMatch(/\bRegular\b/);
    expect(FONT_BOLD).toMatch(/\bSemiBold\b/);
  });
});
