// Which characters go into which font file (scripts/fonts-subset.mjs).
//
// Name files, one per script, hold the characters of the native names and the menu's endonyms;
// interface files, one per interface language, hold what its strings need beyond Be Vietnam Pro and
// the name files. The two never overlap. Thai and Lao form clusters (a consonant and its marks) that
// a browser draws from one font only, so every Thai or Lao character any text uses goes into that
// script's name file and no cluster is split between two files.

/** The Noto families cut, by file key: package, family name in CSS, and the scripts they serve. */
export const SOURCES = {
  hang: { pkg: 'noto-sans-kr', file: 'NotoSansKR', script: /\p{Script=Hangul}/u },
  jpan: {
    pkg: 'noto-sans-jp',
    file: 'NotoSansJP',
    script: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  },
  hans: { pkg: 'noto-sans-sc', file: 'NotoSansSC', script: null },
  hant: { pkg: 'noto-sans-tc', file: 'NotoSansTC', script: null },
  laoo: { pkg: 'noto-sans-lao', file: 'NotoSansLao', script: /\p{Script=Lao}/u },
  thai: { pkg: 'noto-sans-thai', file: 'NotoSansThai', script: /\p{Script=Thai}/u },
  khmr: { pkg: 'noto-sans-khmer', file: 'NotoSansKhmer', script: /\p{Script=Khmer}/u },
  arab: { pkg: 'noto-sans-arabic', file: 'NotoSansArabic', script: /\p{Script=Arabic}/u },
  // Noto Sans: Cyrillic, Greek and any Latin letter Be Vietnam Pro lacks.
  latn: {
    pkg: 'noto-sans',
    file: 'NotoSans',
    script: /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Latin}]/u,
  },
  // Symbols (see SYMBOL_FILES): arrows, ⌂ and triangles from Noto Sans Math, ⌘ and ❚ from Symbols 2.
  zmth: { pkg: 'noto-sans-math', file: 'NotoSansMath', script: null },
  zsym: { pkg: 'noto-sans-symbols-2', file: 'NotoSansSymbols2', script: null },
};
/**
 * The interface's symbols (←, ⌘, ⌂, ▶…) that Be Vietnam Pro does not draw (its range names ↑ and ↓,
 * which it lacks) go into these shared name files, in this order of preference, for every language:
 * an arrow looks the same in each, and no interface file holds one.
 */
export const SYMBOL_FILES = ['zmth', 'zsym'];
/** Arrows, technical symbols, shapes, dingbats: U+2190–U+2BFF. */
export const isSymbol = (char) => /\p{S}/u.test(char) && char >= '\u2190' && char <= '\u2bff';
/** Scripts whose clusters must come from one file (see above). */
export const WHOLE_SCRIPT = ['thai', 'laoo'];
/**
 * Scripts whose shapers split a character into others (Thai and Lao AM into NIKHAHIT + AA, Khmer
 * split vowels into a pre-base E + the rest). Chromium maps only the code points in a face's
 * unicode-range, so those parts join the file's range, or the cluster falls back to another font.
 */
const SPLIT = { thai: true, laoo: true, khmr: true };
const KHMER_SPLIT_VOWELS = /[\u17BE\u17BF\u17C0\u17C4\u17C5]/u;
function partsOf(char) {
  const parts = [...char.normalize('NFKD')];
  if (KHMER_SPLIT_VOWELS.test(char)) parts.push('\u17C1');
  return parts.filter((c) => c !== char);
}

export const sourcePath = (key, weight = 400) =>
  `@expo-google-fonts/${SOURCES[key].pkg}/${weight}Regular/${SOURCES[key].file}_${weight}Regular.ttf`;

const primary = (tag) => tag.toLowerCase().split('-')[0];
/** The Han file for a language tag: Japanese, Traditional or Simplified Chinese shapes. */
function hanFile(tag) {
  const t = tag.toLowerCase();
  if (primary(t) === 'ja') return 'jpan';
  if (primary(t) === 'ko') return 'hang';
  if (/-(hant|tw|hk|mo)\b/.test(t)) return 'hant';
  return 'hans';
}
/** The file that draws a language's punctuation and other shared characters. */
function homeFile(tag) {
  const p = primary(tag);
  if (p === 'ko') return 'hang';
  if (p === 'ja' || p === 'zh') return hanFile(tag);
  return { lo: 'laoo', th: 'thai', km: 'khmr', ar: 'arab' }[p] ?? 'latn';
}

/** The file a character of a text in `tag` belongs to. */
export function fileFor(char, tag) {
  if (/\p{Script=Han}/u.test(char)) return hanFile(tag);
  for (const [key, { script }] of Object.entries(SOURCES)) {
    if (script?.test(char)) return key;
  }
  return homeFile(tag);
}

/** Characters of a text, without controls and spaces (every font has a space). */
const charsOf = (text) => [...text].filter((c) => !/[\p{Cc}\p{Zs}]/u.test(c));

/**
 * @param texts from gatherTexts()
 * @param inBase (char) => true when Be Vietnam Pro's files cover it
 * @param has (key, char) => true when that Noto source has a glyph for it
 * @param baseDraws (char) => true when Be Vietnam Pro has a glyph for it
 * @returns {{ names: Record<string, Set<string>>, ui: Record<string, {tag, key, chars: Set<string>}>,
 *   missing: Array<{char, tag}> }}
 */
export function planFiles({ names, interfaces, symbols = [] }, inBase, has, baseDraws = inBase) {
  const nameSets = {};
  const missing = [];
  const add = (key, char, tag) => {
    if (!has(key, char)) return missing.push({ char, tag, key });
    (nameSets[key] ??= new Set()).add(char);
  };
  const symbolChars = new Set();
  const texts = [...symbols, ...Object.values(interfaces).flatMap((i) => i.texts)];
  for (const c of new Set(charsOf(texts.join('')))) {
    if (!isSymbol(c) || baseDraws(c)) continue;
    symbolChars.add(c);
    add(SYMBOL_FILES.find((key) => has(key, c)) ?? SYMBOL_FILES[0], c, 'und');
  }
  for (const { lang, text } of names) {
    for (const c of charsOf(text)) if (!inBase(c)) add(fileFor(c, lang), c, lang);
  }
  for (const { tag, texts } of Object.values(interfaces)) {
    for (const c of charsOf(texts.join(''))) {
      const key = fileFor(c, tag);
      if (!inBase(c) && WHOLE_SCRIPT.includes(key) && SOURCES[key].script.test(c)) add(key, c, tag);
    }
  }
  for (const key of Object.keys(SPLIT)) {
    for (const c of [...(nameSets[key] ?? [])]) {
      for (const part of partsOf(c)) if (!inBase(part) && has(key, part)) nameSets[key].add(part);
    }
  }
  const ui = {};
  for (const [lang, { tag, texts }] of Object.entries(interfaces)) {
    // The file's source is the language's own (Korean text's Hanja come from the Korean font).
    const home = homeFile(tag);
    const chars = new Set();
    for (const c of charsOf(texts.join(''))) {
      if (inBase(c) || symbolChars.has(c) || nameSets[fileFor(c, tag)]?.has(c)) continue;
      if (has(home, c)) chars.add(c);
      else missing.push({ char: c, tag, key: home });
    }
    if (chars.size) ui[lang] = { tag, key: home, chars };
  }
  return { names: nameSets, ui, missing };
}

/** CSS unicode-range entries for a set of characters: `U+AC00-AC02, U+B300`. */
export function unicodeRange(chars) {
  const cps = [...chars].map((c) => c.codePointAt(0)).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < cps.length;) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j++;
    const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');
    out.push(i === j ? `U+${hex(cps[i])}` : `U+${hex(cps[i])}-${hex(cps[j])}`);
    i = j + 1;
  }
  return out;
}
