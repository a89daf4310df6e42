import type { NativeName } from '@/types/partner';

// Scripts written right to left, by primary language subtag.
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ug', 'ckb', 'sd']);

/** "rtl" for a right-to-left language tag such as "ar", else undefined (the page's direction). */
export function directionOf(lang: string): 'rtl' | undefined {
  return RTL.has(lang.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : undefined;
}

const ASCII = /^[\x20-\x7e]*$/;
const folded = new Map<string, string>();
/** Comparable form. Unicode folding is slow over thousands of names: plain ASCII skips it (same result), others are kept. */
function same(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase().trim();
  let key = folded.get(text);
  if (key === undefined) {
    if (folded.size > 50_000) folded.clear();
    key = text.normalize('NFKC').toLocaleLowerCase('und').trim();
    folded.set(text, key);
  }
  return key;
}

/**
 * The native names worth showing beside names already on screen, primary first: a form that repeats
 * one of them (a "Town · Town" pair, a native name spelled as the English one) is dropped.
 */
export function nativeNamesToShow(
  names: readonly NativeName[] | undefined,
  shown: readonly string[],
): NativeName[] {
  const seen = new Set(shown.map(same));
  return (names ?? []).filter((n) => {
    const key = same(n.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every native form, full and short, for search. */
export function nativeSearchText(names: readonly NativeName[] | undefined): string {
  return (names ?? []).flatMap((n) => [n.text, n.short ?? '']).join(' ');
}
