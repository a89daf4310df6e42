import coverage from '../../assets/fonts/coverage.json';
import type { Problem } from '../schema/validate-partners';

// Every character some shipped font file draws (written by npm run fonts:subset). The data can
// change without a rebuild: a name with a character outside it shows in a system font or as a box.
const RANGES = coverage.unicodeRange.map((r) => {
  const [, a = '', b = a] = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(r) ?? [];
  return [parseInt(a, 16), parseInt(b, 16)] as const;
});

const drawn = (cp: number) => RANGES.some(([a, b]) => cp >= a && cp <= b);

/** The distinct characters of `text` that no shipped font draws (spaces and controls aside). */
export function charactersWithoutFont(text: string): string[] {
  const chars = [...new Set(text)].filter((c) => !/[\s\p{Cc}\p{Cf}]/u.test(c));
  return chars.filter((c) => !drawn(c.codePointAt(0)!));
}

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

interface RawProps {
  id?: unknown;
  name?: { vi?: unknown; en?: unknown };
  nativeName?: { text?: unknown; short?: unknown }[];
}

/**
 * A warning for each name and native name (full and short) with a character no shipped font has,
 * by feature index, for data:check and the studio.
 */
export function fontWarnings(features: readonly unknown[]): Problem[] {
  const out: Problem[] = [];
  features.forEach((feature, index) => {
    const p = ((feature as { properties?: unknown } | null)?.properties ?? {}) as RawProps;
    const id = typeof p.id === 'string' ? p.id : undefined;
    const texts: [string, string, unknown][] = [
      ['properties.name.vi', 'name_vi', p.name?.vi],
      ['properties.name.en', 'name_en', p.name?.en],
      ...(Array.isArray(p.nativeName) ? p.nativeName : []).flatMap((n, j) => [
        [`properties.nativeName[${j}].text`, 'native_name', n?.text] as [string, string, unknown],
        [`properties.nativeName[${j}].short`, 'native_name', n?.short] as [string, string, unknown],
      ]),
    ];
    for (const [path, column, text] of texts) {
      if (typeof text !== 'string') continue;
      const missing = charactersWithoutFont(text);
      if (missing.length === 0) continue;
      const list = missing.map((c) => `"${c}" (${hex(c)})`).join(', ');
      out.push({
        index,
        ...(id !== undefined && { id }),
        path,
        message: `no shipped font draws ${list}: it shows in a system font or as a box; rebuild the fonts (npm run fonts:subset, then npm run build; see docs/fonts.md)`,
        code: 'no-font',
        params: { column, value: missing.join(' ') },
      });
    }
  });
  return out;
}
