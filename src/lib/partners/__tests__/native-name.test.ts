import { describe, expect, it } from 'vitest';
import { directionOf, nativeNamesToShow } from '../native-name';

const source = { title: 'T', url: 'https://example.org' };
const n = (lang: string, text: string) => ({ lang, text, source });

describe('nativeNamesToShow', () => {
  it('drops a form that repeats a name on screen, keeping the order', () => {
    expect(nativeNamesToShow([n('en', 'Pittsburgh')], ['Pittsburgh', 'Pittsburgh'])).toEqual([]);
    expect(
      nativeNamesToShow([n('zh-Hant', '澳門'), n('pt', 'Macau')], ['Ma Cao', 'Macau']),
    ).toEqual([n('zh-Hant', '澳門')]);
    expect(nativeNamesToShow([n('fi', 'Turku'), n('sv', 'Åbo')], ['Turku'])).toEqual([
      n('sv', 'Åbo'),
    ]);
    expect(nativeNamesToShow([n('ko', '오산시')], ['Osan'])).toEqual([n('ko', '오산시')]);
  });

  it('compares after NFKC and case folding', () => {
    // U+FF27 U+FF45… fullwidth "Genova"
    expect(nativeNamesToShow([n('it', 'ＧＥＮＯＶＡ')], ['Genova'])).toEqual([]);
  });

  it('has nothing to show without native names', () => {
    expect(nativeNamesToShow(undefined, ['X'])).toEqual([]);
  });
});

describe('directionOf', () => {
  it('is rtl for Arabic only among the shipped languages', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(
      ['ko', 'ja', 'zh-Hans', 'zh-Hant', 'lo', 'th', 'km', 'ru', 'kk'].map(directionOf),
    ).toEqual(Array(9).fill(undefined));
  });
});
