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

/** The folded haystack, computed once per partner: a match is `searchKey(h).includes(' ' + foldText(q))`. */
export function searchKey(haystack: string): string {
  return ` ${foldText(haystack)}`;
}

/** True when the folded query appears in the haystack starting at a word: "han quoc" finds "Hàn Quốc", not "Shandong". */
export function matchesQuery(haystack: string, query: string): boolean {
  const q = foldText(query);
  if (!q) return true;
  return searchKey(haystack).includes(` ${q}`);
}
