import { describe, expect, it } from 'vitest';
import { formatProblem, validatePartnersText } from '../validate-partners';

const fieldIds = ['tourism'] as [string, ...string[]];
const source = { title: 'Wikipedia (EN) — Osan', url: 'https://en.wikipedia.org/wiki/Osan' };

function file(id: string, nativeName: unknown) {
  const properties = {
    id,
    name: { vi: 'Osan', en: 'Osan' },
    nativeName,
    country: 'KR',
    kind: 'city',
    relation: 'mou',
    signed: '2019',
    fields: [],
    summary: { vi: 'Tóm tắt.', en: 'Summary.' },
    sources: [{ title: 'Example News — a headline', url: 'https://example.org/news' }],
  };
  const feature = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [127, 37] },
    properties,
  };
  return JSON.stringify({ type: 'FeatureCollection', features: [feature] });
}
const check = (nativeName: unknown) => validatePartnersText(file('osan', nativeName), { fieldIds });
const lines = (nativeName: unknown) => check(nativeName).problems.map((p) => formatProblem('f', p));

describe('nativeName', () => {
  it('keeps the entries in order, primary first', () => {
    const names = [
      { lang: 'ko', text: '오산시', short: '오산', source },
      { lang: 'zh-Hant', text: '烏山市', source },
    ];
    const result = check(names);
    expect(result.problems).toEqual([]);
    expect(result.partners[0]?.nativeName).toEqual(names);
  });

  it('names a bad language tag, an empty text and a missing source by path', () => {
    expect(lines([{ lang: 'Korean', text: '오산시', source }])).toEqual([
      'f: features[0] (id "osan"): properties.nativeName[0].lang: "Korean" is not a language tag; expected a BCP 47 language tag such as "ko" or "zh-Hans"',
    ]);
    expect(lines([{ lang: 'ko', text: ' ', source }])[0]).toContain(
      'properties.nativeName[0].text: empty text',
    );
    expect(lines([{ lang: 'ko', text: '오산시' }])[0]).toContain('properties.nativeName[0].source');
    expect(lines([])[0]).toContain('properties.nativeName: empty array');
  });

  it('warns about an unencoded URL in a native name source', () => {
    const url = 'https://ko.wikipedia.org/wiki/오산시';
    const result = check([
      { lang: 'ko', text: '오산시', source: { title: 'Wikipedia (KO) — 오산시', url } },
    ]);
    expect(result.warnings.map((w) => w.path)).toEqual(['properties.nativeName[0].source.url']);
  });
});
