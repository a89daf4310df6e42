/** Folds case and accents, including Vietnamese đ → d, for forgiving search. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
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
