import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charactersWithoutFont, fontWarnings } from '../font-coverage';

const feature = (properties: object) => ({ type: 'Feature', properties });

describe('fontWarnings', () => {
  it('names a native name with a Hangul syllable no shipped file has, by path and code point', () => {
    // 뷁 is in no partner's name and no locale: the Korean name file cannot have it.
    const [w, ...rest] = fontWarnings([
      feature({
        id: 'x',
        name: { vi: 'X', en: 'X' },
        nativeName: [{ lang: 'ko', text: '뷁산시' }],
      }),
    ]);
    expect(rest).toEqual([]);
    expect(w).toMatchObject({
      index: 0,
      id: 'x',
      path: 'properties.nativeName[0].text',
      code: 'no-font',
      params: { column: 'native_name', value: '뷁' },
    });
    expect(w?.message).toContain('"뷁" (U+BDC1)');
    expect(w?.message).toContain('npm run fonts:subset');
  });

  it('warns for a Latin letter Be Vietnam Pro lacks in an English name, and for a short form', () => {
    const warnings = fontWarnings([
      feature({
        id: 'y',
        name: { vi: 'Đà Nẵng', en: 'Ŧest' },
        nativeName: [{ lang: 'ja', text: '川崎市', short: '𠮷' }],
      }),
    ]);
    expect(warnings.map((w) => [w.path, w.params.value])).toEqual([
      ['properties.name.en', 'Ŧ'],
      ['properties.nativeName[0].short', '𠮷'],
    ]);
  });

  it('finds nothing in the shipped data (every name is in a shipped file)', () => {
    const raw = JSON.parse(readFileSync('data/partners.geojson', 'utf8')) as {
      features: unknown[];
    };
    expect(fontWarnings(raw.features)).toEqual([]);
  });

  it('ignores spaces and controls', () => {
    expect(charactersWithoutFont(' \t\u200d')).toEqual([]);
  });
});
