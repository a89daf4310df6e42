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

/** True when the folded query starts a word of the key (an empty query matches everything). */
export function matchesKey(key: string, foldedQuery: string): boolean {
  return foldedQuery === '' || key.includes(` ${foldedQuery}`);
}

/** True when the folded query appears in the haystack starting at a word: "han quoc" finds "Hàn Quốc", not "Shandong". */
export function matchesQuery(haystack: string, query: string): boolean {
  return matchesKey(searchKey(haystack), foldText(query));
}
