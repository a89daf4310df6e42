/**
 * Folds compatibility forms (NFKC: fullwidth, half-width kana), case and accents, including
 * Vietnamese đ → d, for forgiving search. Combining marks stay part of the word (Thai, Lao and
 * Khmer vowel signs are marks), so a vowel sign is never a word boundary.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Mark}\p{Number}]+/gu, ' ')
    .trim();
}

/** The folded haystack, computed once per partner and matched with `matchesKey`. */
export function searchKey(haystack: string): string {
  return ` ${foldText(haystack)}`;
}

/** True when the folded query starts a word of the key: "han quoc" finds "Hàn Quốc", not "Shandong" (an empty query matches everything). */
export function matchesKey(key: string, foldedQuery: string): boolean {
  return foldedQuery === '' || key.includes(` ${foldedQuery}`);
}
