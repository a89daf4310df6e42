import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';

// The Noto name and interface files (scripts/fonts-subset.mjs), checked against the raw data and
// locale files and against the full source fonts.
const root = fileURLToPath(new URL('../..', import.meta.url));
const FONTS = join(root, 'src/assets/fonts');
const require = createRequire(import.meta.url);

interface Entry {
  file: string;
  kind: 'base' | 'names' | 'ui';
  script?: string;
  lang?: string;
  source?: string;
  unicodeRange?: string[];
}
const manifest = JSON.parse(readFileSync(join(FONTS, 'fonts.json'), 'utf8')) as {
  base: { unicodeRange: string[] };
  files: Entry[];
};
const partners = JSON.parse(readFileSync(join(root, 'data/partners.geojson'), 'utf8')) as {
  features: {
    properties: { id: string; nativeName?: { lang: string; text: string; short?: string }[] };
  }[];
};

function codePoints(ranges: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const range of ranges) {
    const [, a = '', b = a] = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(range) ?? [];
    for (let cp = parseInt(a, 16); cp <= parseInt(b, 16); cp++) out.add(cp);
  }
  return out;
}
const base = codePoints(manifest.base.unicodeRange);
const notos = manifest.files.filter((f) => f.kind !== 'base');
const rangeOf = new Map(notos.map((f) => [f.file, codePoints(f.unicodeRange ?? [])]));
const drawn = (text: string) => [...text].filter((c) => !/[\s\p{Cc}]/u.test(c));

/** Every native form in the raw data file, with the file that must draw it (by its script). */
const NAME_FILE: [RegExp, string][] = [
  [/^ko/, 'names-hang.woff2'],
  [/^ja/, 'names-jpan.woff2'],
  [/^zh-Hant/, 'names-hant.woff2'],
  [/^zh/, 'names-hans.woff2'],
  [/^lo/, 'names-laoo.woff2'],
  [/^th/, 'names-thai.woff2'],
  [/^km/, 'names-khmr.woff2'],
  [/^ar/, 'names-arab.woff2'],
  [/^(ru|kk)/, 'names-latn.woff2'],
];
const names = partners.features.flatMap(({ properties: p }) =>
  (p.nativeName ?? []).flatMap((n) =>
    [n.text, n.short ?? ''].filter(Boolean).map((text) => ({ id: p.id, lang: n.lang, text })),
  ),
);
const scriptNames = names.filter((n) => drawn(n.text).some((c) => !base.has(c.codePointAt(0)!)));

// harfbuzz reads TrueType, not WOFF2.
const hbFont = async (bytes: Buffer) => {
  const sfnt = (await fontverter.convert(bytes, 'sfnt')) as Buffer;
  return new hb.Font(new hb.Face(new hb.Blob(new Uint8Array(sfnt))));
};
function shape(font: hb.Font, text: string, lang: string) {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  buffer.setLanguage(lang);
  hb.shape(font, buffer);
  // Glyph ids differ after subsetting (the subset renumbers them): a glyph is compared by its outline.
  return buffer.getGlyphInfosAndPositions().map((g) => ({
    notdef: g.codepoint === 0,
    outline: font.glyphToPath(g.codepoint),
    cluster: g.cluster,
    x: [g.xAdvance, g.xOffset, g.yOffset],
  }));
}

describe('the name files', () => {
  it('are cut for every script the data writes its names in', () => {
    expect(scriptNames.length).toBeGreaterThan(40);
    for (const n of scriptNames) {
      const file = NAME_FILE.find(([re]) => re.test(n.lang))?.[1];
      expect(file, `${n.id} ${n.lang}`).toBeDefined();
      const range = rangeOf.get(file!);
      const lacking = drawn(n.text).filter(
        (c) => !base.has(c.codePointAt(0)!) && !range?.has(c.codePointAt(0)!),
      );
      expect(lacking, `${n.id}: ${n.text} in ${file}`).toEqual([]);
    }
  });

  it('shape every native name as the full source font does: same glyphs, same positions', async () => {
    const sources = new Map<string, hb.Font>();
    for (const n of scriptNames) {
      const file = NAME_FILE.find(([re]) => re.test(n.lang))![1];
      const entry = notos.find((f) => f.file === file)!;
      if (!sources.has(file))
        sources.set(file, await hbFont(readFileSync(require.resolve(entry.source!))));
      const subset = await hbFont(readFileSync(join(FONTS, file)));
      const expected = shape(sources.get(file)!, n.text, n.lang);
      expect(shape(subset, n.text, n.lang), `${n.id}: ${n.text}`).toEqual(expected);
      expect(
        expected.filter((g) => g.notdef),
        `${n.id}: .notdef`,
      ).toEqual([]);
    }
  }, 60_000);
});

describe('name and interface files', () => {
  it('hold in their range the parts a shaper splits a Thai, Lao or Khmer vowel into', () => {
    // Chromium maps only code points in a face's unicode-range: ำ (AM) is drawn as ํ + า, so ํ
    // must be in the same range or เจตจำนง loses its AM. Khmer split vowels add the pre-base េ.
    const split: [string, (c: string) => string[]][] = [
      ['names-thai.woff2', (c) => [...c.normalize('NFKD')]],
      ['names-laoo.woff2', (c) => [...c.normalize('NFKD')]],
      ['names-khmr.woff2', (c) => (/[\u17BE-\u17C0\u17C4\u17C5]/u.test(c) ? ['\u17C1'] : [])],
    ];
    for (const [file, parts] of split) {
      const range = rangeOf.get(file)!;
      const lacking = [...range].flatMap((cp) =>
        parts(String.fromCodePoint(cp)).filter(
          (p) => !range.has(p.codePointAt(0)!) && !base.has(p.codePointAt(0)!),
        ),
      );
      expect(lacking, file).toEqual([]);
    }
  });

  it('never overlap: no character is in an interface file and a name file its language draws with', () => {
    // Japanese and Chinese text draw Han from their own variant (fonts-scripts.css): 中 in a Japanese
    // string must take the Japanese shape even when the Simplified Chinese name file has 中.
    const otherHan: Record<string, string[]> = {
      ja: ['names-hans.woff2', 'names-hant.woff2'],
      zh: ['names-jpan.woff2', 'names-hant.woff2'],
    };
    for (const f of notos.filter((f) => f.kind === 'ui')) {
      const names = notos.filter(
        (n) => n.kind === 'names' && !(otherHan[f.lang!] ?? []).includes(n.file),
      );
      const nameCps = new Set(names.flatMap((n) => [...rangeOf.get(n.file)!]));
      expect(
        [...rangeOf.get(f.file)!].filter((cp) => nameCps.has(cp) || base.has(cp)),
        f.file,
      ).toEqual([]);
    }
  });

  it('hold exactly what their unicode-range says (the font has those characters, no more)', async () => {
    const fontkit = await import('fontkit');
    for (const f of notos) {
      const font = fontkit.create(readFileSync(join(FONTS, f.file)));
      if (!('characterSet' in font)) throw new Error(f.file);
      const set = new Set(font.characterSet);
      for (const cp of rangeOf.get(f.file)!)
        expect(set.has(cp), `${f.file} U+${cp.toString(16)}`).toBe(true);
    }
  });

  it('leave no file on disk that the list does not name', () => {
    const onDisk = readdirSync(FONTS)
      .filter((f) => f.endsWith('.woff2'))
      .sort();
    expect(onDisk).toEqual(manifest.files.map((f) => f.file).sort());
  });
});

describe('the symbols', () => {
  // Be Vietnam Pro and Noto Sans lack them (↑ and ↓ are in its unicode-range, not in the font).
  // Written in the source: the edge chips' arrows, reset ⌂, play ▶, pause ❚, the sheet's ▾ ▴, sort ▲.
  const CODE = ['←', '→', '↑', '↓', '⌂', '▶', '❚', '▾', '▴', '▲'];
  // The first view's files and the parts' (src/i18n/locales/<part>/<lang>.json).
  const locales = readdirSync(join(root, 'src/i18n/locales'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => readFileSync(join(root, 'src/i18n/locales', f), 'utf8'));
  const inLocales = [...new Set(locales.join('').match(/[\u2190-\u2bff]/gu) ?? [])];

  it('of the interface are each in a shipped name file that every language draws with', async () => {
    expect(inLocales).toEqual(expect.arrayContaining(['←', '→', '⌘']));
    const fontkit = await import('fontkit');
    const bvp = fontkit.create(readFileSync(join(FONTS, 'be-vietnam-pro-400.woff2')));
    if (!('characterSet' in bvp)) throw new Error('be-vietnam-pro-400.woff2');
    for (const c of new Set([...CODE, ...inLocales])) {
      const cp = c.codePointAt(0)!;
      if (bvp.characterSet.includes(cp)) continue;
      const files = notos.filter((f) => f.kind === 'names' && rangeOf.get(f.file)!.has(cp));
      expect(
        files.map((f) => f.file),
        `${c} U+${cp.toString(16)}`,
      ).toHaveLength(1);
    }
  });
});

/** Bytes of font a first view in `lang` fetches: both Be Vietnam Pro weights, every name file (the
 * list shows every native name) and the language's interface file. */
const size = (file: string) => statSync(join(FONTS, file)).size;
function firstView(lang: string): number {
  const files = manifest.files.filter(
    (f) => f.kind === 'base' || f.kind === 'names' || (f.kind === 'ui' && f.lang === lang),
  );
  return files.reduce((sum, f) => sum + size(f.file), 0);
}
const BUDGETS: Record<string, number> = {
  vi: 120e3,
  en: 120e3,
  ko: 160e3,
  ja: 320e3,
  zh: 320e3,
  lo: 140e3,
  th: 140e3,
  ru: 140e3,
};

describe('font budgets', () => {
  it.each(Object.entries(BUDGETS))('a first view in %s fits %d bytes', (lang, budget) => {
    expect(firstView(lang)).toBeLessThanOrEqual(budget);
  });

  it('has an interface file for every locale that needs one (Cyrillic for ru)', () => {
    expect(notos.filter((f) => f.kind === 'ui').map((f) => f.lang)).toContain('ru');
  });
});

describe('npm run fonts:subset -- --check', () => {
  it('finds the committed files up to date with the data, config, registry and locale files', () => {
    // Fails after a locale file or a native name changed without `npm run fonts:subset`.
    const run = () =>
      execFileSync('npx', ['tsx', 'scripts/fonts-subset.mjs', '--check'], {
        cwd: root,
        stdio: 'pipe',
        encoding: 'utf8',
      });
    expect(run).not.toThrow();
  }, 120_000);
});
