import { describe, expect, it } from 'vitest';
import { validatePartners } from '../validate-partners';

const fieldIds = ['tourism', 'education'] as [string, ...string[]];

function feature(edit: (p: Record<string, unknown>) => void, coordinates: unknown = [2.35, 48.85]) {
  const properties: Record<string, unknown> = {
    id: 'alpha-city',
    name: { vi: 'Thành phố Thử', en: 'Test City' },
    country: 'FR',
    kind: 'city',
    relation: 'mou',
    signed: '2019-03',
    fields: ['tourism'],
    summary: { vi: 'Tóm tắt.', en: 'Summary.' },
    sources: [{ title: 'Example News', url: 'https://example.org/news' }],
  };
  edit(properties);
  return { type: 'Feature', geometry: { type: 'Point', coordinates }, properties };
}

const codes = (...features: unknown[]) =>
  validatePartners({ type: 'FeatureCollection', features }, { fieldIds }).problems.map((p) => ({
    code: p.code,
    params: p.params,
  }));

describe('problem codes (what the studio words in vi and en)', () => {
  it.each([
    [
      'bad date',
      (p: Record<string, unknown>) => (p.signed = '2004-13-10'),
      'bad-date',
      'signed',
      '"2004-13-10"',
    ],
    [
      'javascript: URL',
      (p: Record<string, unknown>) => (p.sources = [{ title: 'T', url: 'javascript:alert(1)' }]),
      'bad-url',
      'source_1_url',
      '"javascript:alert(1)"',
    ],
    [
      'truncated URL',
      (p: Record<string, unknown>) => (p.sources = [{ title: 'T', url: 'https://a.org/…' }]),
      'truncated-url',
      'source_1_url',
      '"https://a.org/…"',
    ],
    [
      'unknown field',
      (p: Record<string, unknown>) => (p.fields = ['tourism', 'space']),
      'unknown-value',
      'fields',
      '"space"',
    ],
    [
      'unknown relation',
      (p: Record<string, unknown>) => (p.relation = 'twin'),
      'unknown-value',
      'relation',
      '"twin"',
    ],
    [
      'bad country',
      (p: Record<string, unknown>) => (p.country = 'France'),
      'bad-country',
      'country',
      '"France"',
    ],
    [
      'bad id',
      (p: Record<string, unknown>) => (p.id = 'Alpha City'),
      'bad-id',
      'id',
      '"Alpha City"',
    ],
    [
      'markup',
      (p: Record<string, unknown>) => (p.name = { vi: '<b>x</b>', en: 'x' }),
      'markup',
      'name_vi',
      '"<b>x</b>"',
    ],
    [
      'empty summary',
      (p: Record<string, unknown>) => (p.summary = { vi: 'a', en: ' ' }),
      'empty-text',
      'summary_en',
      '" "',
    ],
    ['missing name', (p: Record<string, unknown>) => delete p.name, 'missing', 'name', 'missing'],
    ['no source', (p: Record<string, unknown>) => (p.sources = []), 'no-source', 'sources', '[]'],
  ])('%s', (_, edit, code, column, value) => {
    expect(codes(feature(edit))).toEqual([{ code, params: { column, value } }]);
  });

  it('out-of-range latitude', () => {
    expect(codes(feature(() => {}, [2, 95]))).toEqual([
      { code: 'coordinate', params: { column: 'lat', value: '95' } },
    ]);
  });

  it('duplicate id names the first index', () => {
    expect(
      codes(
        feature(() => {}),
        feature(() => {}),
      ),
    ).toEqual([
      { code: 'duplicate-id', params: { column: 'id', value: '"alpha-city"', first: 0 } },
    ]);
  });
});
