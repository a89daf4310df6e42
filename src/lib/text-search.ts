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

/** True when every word of the query starts a word in the haystack, or appears inside it. */
export function matchesQuery(haystack: string, query: string): boolean {
  const q = foldText(query);
  if (!q) return true;
  const h = foldText(haystack);
  return q.split(' ').every((word) => h.includes(word));
}
