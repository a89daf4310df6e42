import { describe, expect, it } from 'vitest';
import { foldText, matchesKey, searchKey } from '../text-search';

/** How the list matches: the haystack keyed once, the query folded. */
const matchesQuery = (haystack: string, query: string) =>
  matchesKey(searchKey(haystack), foldText(query));

describe('foldText', () => {
  it('removes case and Vietnamese accents, including đ', () => {
    expect(foldText('Sơn Đông')).toBe('son dong');
    expect(foldText('Quần đảo Hoàng Sa')).toBe('quan dao hoang sa');
    expect(foldText('Le Havre')).toBe('le havre');
  });
});

describe('matchesQuery', () => {
  it('finds names without accents and in any case', () => {
    expect(matchesQuery('Sơn Đông Shandong', 'son dong')).toBe(true);
    expect(matchesQuery('Le Havre', 'LE HAVRE')).toBe(true);
    expect(matchesQuery('Le Havre', 'le hav')).toBe(true);
  });

  it('matches from the start of a word, so "han quoc" does not find Shandong', () => {
    expect(matchesQuery('Hàn Quốc', 'han quoc')).toBe(true);
    expect(matchesQuery('Shandong Trung Quốc', 'han quoc')).toBe(false);
  });

  it('an empty query matches everything', () => {
    expect(matchesQuery('anything', '  ')).toBe(true);
  });
});
