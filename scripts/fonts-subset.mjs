// Builds the app's font files: npm run fonts:subset (or `-- --check` to fail if any is stale).
//
// 1. src/assets/fonts/be-vietnam-pro-{400,600}.woff2: Be Vietnam Pro 1.002 (OFL.txt), cut from the
//    full TTFs of @expo-google-fonts/be-vietnam-pro to Google's latin + vietnamese ranges
//    (unicode-range.json, which src/styles/fonts.css declares too). Only the layout features a
//    browser applies by default are kept: Latin and Vietnamese need no others.
// 2. names-<script>.woff2: the characters of every nativeName in data/partners.geojson and of the
//    language menu's endonyms, per script, from the Noto families (OFL-<package>.txt); and
//    names-zmth/zsym.woff2: the interface's symbols (arrows, ⌘, ⌂ in the locale files and in src/)
//    that Be Vietnam Pro lacks, from Noto Sans Math and Symbols 2, for every language.
// 3. ui-<lang>.woff2: per interface language (src/i18n/locales/*.json and */<lang>.json), the characters of its strings,
//    its config labels and what Intl writes in it that neither Be Vietnam Pro nor a name file has.
//    Run again after a locale file or the data changes; `--check` finds stale files.
// Noto files keep harfbuzz's default feature list (it holds every shaping feature: Khmer clusters,
// Arabic joining, Thai marks). fonts.json lists every file, its characters and size (the coverage
// that data:check and the studio read); src/styles/fonts-scripts.css declares the faces.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import { gatherTexts } from './lib/font-texts.mjs';
import { planFiles, SOURCES, sourcePath, unicodeRange } from './lib/font-plan.mjs';
import { facesCss } from './lib/font-css.mjs';

const require = createRequire(import.meta.url);
const OUT = new URL('../src/assets/fonts/', import.meta.url);
const CSS_OUT = new URL('../src/styles/fonts-scripts.css', import.meta.url);
const BASE_SOURCES = {
  400: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  600: '@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf',
};
// The features browsers turn on by themselves for horizontal text (CSS Fonts 4).
const DEFAULT_FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'liga', 'clig', 'calt', 'kern'];

/** Every code point of CSS `unicode-range` entries such as `U+0000-00FF` or `U+0131`. */
function codePoints(ranges) {
  const text = [];
  for (const range of ranges) {
    const match = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(range);
    if (!match) throw new Error(`Not a unicode-range entry: ${range}`);
    const start = parseInt(match[1], 16);
    const end = parseInt(match[2] ?? match[1], 16);
    for (let cp = start; cp <= end; cp++) text.push(String.fromCodePoint(cp));
  }
  return text.join('');
}

const check = process.argv.includes('--check');
let stale = false;
const outputs = [];
async function emit(name, bytes) {
  const file = new URL(name, OUT);
  if (check) {
    const committed = await readFile(file).catch(() => null);
    if (!committed?.equals(Buffer.from(bytes))) {
      stale = true;
      console.error(`${file.pathname} is not what npm run fonts:subset makes`);
    }
  } else {
    await writeFile(file, bytes);
  }
}

// 1. Be Vietnam Pro
const baseRanges = JSON.parse(await readFile(new URL('unicode-range.json', OUT), 'utf8'));
const baseText = codePoints(baseRanges);
const baseChars = new Set(baseText);
const covered = new Set();
for (const [weight, source] of Object.entries(BASE_SOURCES)) {
  const font = await subsetFont(await readFile(require.resolve(source)), baseText, {
    targetFormat: 'woff2',
    keepFeatures: DEFAULT_FEATURES,
  });
  const file = `be-vietnam-pro-${weight}.woff2`;
  // Coverage: what the regular weight actually draws (a range may name code points it lacks).
  if (weight === '400')
    for (const cp of fontkit.create(font).characterSet) covered.add(String.fromCodePoint(cp));
  await emit(file, font);
  outputs.push({ file, kind: 'base', weight: Number(weight), bytes: font.length });
}

// 2 and 3. Noto name and interface files
const sourceFonts = {};
const sourceBytes = {};
for (const key of Object.keys(SOURCES)) {
  sourceBytes[key] = await readFile(require.resolve(sourcePath(key)));
  sourceFonts[key] = fontkit.create(sourceBytes[key]);
}
const has = (key, char) => sourceFonts[key].hasGlyphForCodePoint(char.codePointAt(0));
const baseGlyphs = new Set(covered);
const plan = planFiles(
  await gatherTexts(),
  (c) => baseChars.has(c),
  has,
  (c) => baseGlyphs.has(c),
);

async function cut(file, kind, key, chars, extra) {
  for (const c of chars) covered.add(c);
  // The space too (not in the unicode-range: Be Vietnam Pro draws it), so a name shapes as one run,
  // and each character's decomposition, which shapers use (Lao and Thai AM become NIKHAHIT + AA).
  // (Not Hangul: the fonts hold each syllable whole.)
  const decomposed = [...chars]
    .filter((c) => !/\p{Script=Hangul}/u.test(c))
    .flatMap((c) => [...c.normalize('NFKD')]);
  const text = ` ${[...new Set([...chars, ...decomposed])].sort().join('')}`;
  const font = await subsetFont(sourceBytes[key], text, { targetFormat: 'woff2' });
  await emit(file, font);
  outputs.push({
    file,
    kind,
    ...extra,
    source: sourcePath(key),
    family: sourceFonts[key].familyName,
    weight: 400,
    bytes: font.length,
    unicodeRange: unicodeRange(chars),
  });
}
for (const [key, chars] of Object.entries(plan.names).sort()) {
  await cut(`names-${key}.woff2`, 'names', key, chars, { script: key });
}
for (const [lang, { tag, key, chars }] of Object.entries(plan.ui).sort()) {
  await cut(`ui-${lang}.woff2`, 'ui', key, chars, { lang, tag });
}

const manifest = {
  base: {
    files: ['be-vietnam-pro-400.woff2', 'be-vietnam-pro-600.woff2'],
    unicodeRange: baseRanges,
  },
  files: outputs,
};
const json = `${JSON.stringify(manifest, null, 2)}\n`;
// What data:check and the studio compare names with: every character some shipped file draws.
const coverage = `${JSON.stringify({ unicodeRange: unicodeRange([...covered].filter((c) => c.codePointAt(0) !== 0xffff)) })}\n`;
const css = facesCss(outputs);
if (check) {
  const generated = [
    [new URL('fonts.json', OUT), json],
    [new URL('coverage.json', OUT), coverage],
    [CSS_OUT, css],
  ];
  for (const [url, text] of generated) {
    if ((await readFile(url, 'utf8').catch(() => '')) !== text) {
      stale = true;
      console.error(`${url.pathname} is not what npm run fonts:subset makes`);
    }
  }
} else {
  await writeFile(new URL('fonts.json', OUT), json);
  await writeFile(new URL('coverage.json', OUT), coverage);
  await writeFile(CSS_OUT, css);
  await writeFile(
    new URL('OFL.txt', OUT),
    await readFile(require.resolve('@expo-google-fonts/be-vietnam-pro/LICENSE_FONT')),
  );
  for (const { pkg } of Object.values(SOURCES)) {
    const licence = await readFile(require.resolve(`@expo-google-fonts/${pkg}/LICENSE_FONT`));
    await writeFile(new URL(`OFL-${pkg}.txt`, OUT), licence);
  }
}

// A file no longer made (a language or script gone) is removed, or reported by --check.
for (const file of await readdir(OUT)) {
  if (!file.endsWith('.woff2') || outputs.some((o) => o.file === file)) continue;
  if (check) {
    stale = true;
    console.error(`${file} is no longer made by npm run fonts:subset`);
  } else await rm(new URL(file, OUT));
}

for (const o of outputs)
  console.log(`${o.file.padEnd(28)} ${(o.bytes / 1000).toFixed(1).padStart(6)} kB`);
console.log(`total ${(outputs.reduce((s, o) => s + o.bytes, 0) / 1000).toFixed(1)} kB`);
const missing = new Map(plan.missing.map((m) => [m.char, m]));
for (const { char, tag, key } of missing.values()) {
  const cp = char.codePointAt(0).toString(16).toUpperCase();
  console.warn(
    `no shipped font for "${char}" (U+${cp}, ${tag} text; ${SOURCES[key].pkg} lacks it): a system font draws it`,
  );
}
if (stale) process.exit(1);
