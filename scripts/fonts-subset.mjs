// Builds the app's two font files: npm run fonts:subset (or `-- --check` to fail if they are stale).
//
// src/assets/fonts/be-vietnam-pro-{400,600}.woff2 are subsets of Be Vietnam Pro 1.002 (The Be Vietnam
// Pro Project Authors, SIL Open Font License 1.1: OFL.txt beside them), cut from the full Google Fonts
// TTFs that @expo-google-fonts/be-vietnam-pro ships. @fontsource/be-vietnam-pro only has per-script
// subsets, whose glyphs cannot be merged back into one file.
//
// One file per weight covers the union of Google's latin and vietnamese ranges
// (src/assets/fonts/unicode-range.json, which src/styles/fonts.css declares too; map labels use the
// same files), so the first view needs two files instead of four (issue 8: fonts ≤ 60 kB). Hinting
// is kept (Windows renders small UI text with it). Only the layout features a browser applies by
// default are kept, which drops the glyphs of fractions, superiors, ordinals and the stylistic set
// the app never asks for.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const OUT = new URL('../src/assets/fonts/', import.meta.url);
const SOURCES = {
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
const ranges = JSON.parse(await readFile(new URL('unicode-range.json', OUT), 'utf8'));
const text = codePoints(ranges);
let stale = false;
let total = 0;
for (const [weight, source] of Object.entries(SOURCES)) {
  const font = await subsetFont(await readFile(require.resolve(source)), text, {
    targetFormat: 'woff2',
    keepFeatures: DEFAULT_FEATURES,
  });
  const file = new URL(`be-vietnam-pro-${weight}.woff2`, OUT);
  total += font.length;
  if (check) {
    const committed = await readFile(file).catch(() => null);
    if (!committed?.equals(font)) {
      stale = true;
      console.error(`${file.pathname} is not what npm run fonts:subset makes`);
    }
  } else {
    await writeFile(file, font);
  }
  console.log(`be-vietnam-pro-${weight}.woff2  ${(font.length / 1000).toFixed(1)} kB`);
}
console.log(`total ${(total / 1000).toFixed(1)} kB`);
if (!check) {
  await writeFile(
    new URL('OFL.txt', OUT),
    await readFile(require.resolve('@expo-google-fonts/be-vietnam-pro/LICENSE_FONT')),
  );
}
if (stale) process.exit(1);
