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

describe('native names', () => {
  it('match in their own script, full or short, after NFKC', () => {
    expect(matchesQuery('Osan 오산시 오산', '오산')).toBe(true);
    expect(matchesQuery('Khon Kaen จังหวัดขอนแก่น ขอนแก่น', 'ขอนแก่น')).toBe(true);
    expect(matchesQuery('Salavan ແຂວງສາລະວັນ ສາລະວັນ', 'ສາລະວັນ')).toBe(true);
    expect(matchesQuery('Battambang ខេត្តបាត់ដំបង បាត់ដំបង', 'បាត់ដំបង')).toBe(true);
    expect(matchesQuery('Yaroslavl Ярославская область', 'ярославская')).toBe(true);
    // Half-width katakana and fullwidth Latin fold to their usual forms.
    expect(matchesQuery('Kawasaki カワサキ', 'ｶﾜｻｷ')).toBe(true);
    expect(matchesQuery('Genova', 'ＧＥＮＯＶＡ')).toBe(true);
  });

  it('a vowel sign is not a word boundary: เก็ต does not start a word of ภูเก็ต', () => {
    expect(matchesQuery('Phuket ภูเก็ต', 'เก็ต')).toBe(false);
  });
});
