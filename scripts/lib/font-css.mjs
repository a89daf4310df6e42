// The @font-face rules and per-language stacks of src/styles/fonts-scripts.css (scripts/fonts-subset.mjs).
import {
  cssFamilies,
  fontStack,
  HAN_FAMILIES,
  NAMES_FAMILY,
  uiFamily,
} from '../../src/lib/fonts/font-families.ts';

const familyOf = (o) =>
  o.kind === 'ui' ? uiFamily(o.lang) : (HAN_FAMILIES[o.script] ?? NAMES_FAMILY);

function face(o) {
  return [
    '@font-face {',
    `  font-family: '${familyOf(o)}';`,
    '  font-style: normal;',
    '  font-display: swap;',
    `  font-weight: ${o.weight};`,
    `  src: url('../assets/fonts/${o.file}') format('woff2');`,
    `  unicode-range: ${o.unicodeRange.join(', ')};`,
    '}',
  ].join('\n');
}

/** Text in these tags needs its own stack: its Han shapes, or its interface file. */
function stackRules(outputs) {
  const uiLangs = outputs.filter((o) => o.kind === 'ui').map((o) => o.lang);
  const tags = [...new Set(['zh', 'ja', ...uiLangs, 'zh-Hant'])];
  return tags.map((tag) => {
    const ui = uiLangs.includes(tag) ? tag : undefined;
    const stack = cssFamilies(fontStack(tag, ui));
    return `:where(:lang(${tag})) {\n  --font-family: ${stack};\n  font-family: var(--font-family);\n}`;
  });
}

export function facesCss(outputs) {
  const notos = outputs.filter((o) => o.kind !== 'base');
  return [
    '/* Written by npm run fonts:subset (scripts/fonts-subset.mjs): do not edit. Name and interface',
    '   files of the Noto families, each fetched only when text on screen needs one of its characters',
    '   (unicode-range), and the stack of each language whose text needs its own Han shapes or its',
    "   interface file (src/lib/fonts/font-families.ts). --font-family is the stack for the text's",
    '   language, for rules that must name one (body, map controls). */',
    `:root {\n  --font-family: ${cssFamilies(fontStack('und'))};\n}`,
    ...notos.map(face),
    ...stackRules(outputs),
    '',
  ].join('\n');
}
