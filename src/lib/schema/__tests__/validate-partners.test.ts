import { describe, expect, it } from 'vitest';
import { formatProblem, validatePartnersText } from '../validate-partners';

const fieldIds = ['tourism', 'education'] as [string, ...string[]];

function feature(id: string, edit: (p: Record<string, unknown>) => void = () => {}) {
  const properties: Record<string, unknown> = {
    id,
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
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [2.35, 48.85] }, properties };
}

const collection = (...features: unknown[]) =>
  JSON.stringify({ type: 'FeatureCollection', features });
const validate = (text: string, maxBytes?: number) =>
  validatePartnersText(text, { fieldIds, ...(maxBytes !== undefined && { maxBytes }) });
const lines = (text: string) => validate(text).problems.map((p) => formatProblem('f', p));

describe('validatePartnersText', () => {
  it('keeps a valid record, flattened', () => {
    const result = validate(collection(feature('alpha-city')));
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.fatal).toBeUndefined();
    expect(result.partners).toEqual([
      expect.objectContaining({
        id: 'alpha-city',
        signed: '2019-03',
        date: { year: 2019, month: 3, precision: 'month' },
        coordinates: [2.35, 48.85],
      }),
    ]);
  });

  it('only warns about an unknown extra property', () => {
    const result = validate(
      collection(feature('alpha-city', (p) => (p.website = 'https://example.org'))),
    );
    expect(result.problems).toEqual([]);
    expect(result.partners.map((p) => p.id)).toEqual(['alpha-city']);
    expect(result.warnings.map((w) => formatProblem('f', w))).toEqual([
      'f: features[0] (id "alpha-city"): properties.website: unknown property (ignored); expected only id, name, nativeName, country, kind, relation, signed, fields, summary, sources, note, milestones, confidence',
    ]);
  });

  it('warns, by record, about a placeholder source title and an unencoded URL, and keeps the record', () => {
    const text = collection(
      feature('alpha-city'),
      feature(
        'beta-city',
        (p) =>
          (p.sources = [
            { title: 'Example News (KR) — article 10118', url: 'https://example.org/news' },
            { title: 'Example News — A real headline', url: 'https://example.org/tin–tức' },
          ]),
      ),
    );
    const result = validate(text);
    expect(result.problems).toEqual([]);
    expect(result.partners.map((p) => p.id)).toEqual(['alpha-city', 'beta-city']);
    expect(result.warnings.map((w) => formatProblem('f', w))).toEqual([
      'f: features[1] (id "beta-city"): properties.sources[0].title: "Example News (KR) — article 10118" is only an outlet and a number; expected the article\'s headline, or outlet, date and what it reports marked "(headline not verified)"',
      'f: features[1] (id "beta-city"): properties.sources[1].url: unencoded character "–" (U+2013) in the URL; expected it percent-encoded, as in "https://example.org/tin%E2%80%93t%E1%BB%A9c"',
    ]);
  });

  it('accepts a BOM with a warning', () => {
    const result = validate(`\uFEFF${collection(feature('alpha-city'))}`);
    expect(result.partners).toHaveLength(1);
    expect(result.warnings).toEqual([
      {
        path: 'file',
        message: 'starts with a byte-order mark (ignored); expected UTF-8 without BOM',
        code: 'bom',
        params: {},
      },
    ]);
  });

  it('refuses a file over maxBytes as a whole', () => {
    const text = collection(feature('alpha-city'));
    const bytes = new TextEncoder().encode(text).length;
    expect(validate(text, bytes).fatal).toBeUndefined();
    const result = validate(text, bytes - 1);
    expect(result.partners).toEqual([]);
    expect(result.fatal).toEqual({
      kind: 'too-big',
      problem: {
        path: 'file',
        message: `${bytes} bytes is too big; expected at most ${bytes - 1} bytes (config maxDataBytes)`,
        code: 'too-big',
        params: { bytes, max: bytes - 1 },
      },
    });
  });

  it('refuses an empty collection as a whole', () => {
    expect(validate(collection()).fatal).toEqual({
      kind: 'empty',
      problem: {
        path: 'features',
        message: 'the collection is empty; expected at least one partner',
        code: 'empty',
        params: {},
      },
    });
  });

  it('refuses JSON that is not a collection, or not JSON', () => {
    expect(validate('[]').fatal?.kind).toBe('not-collection');
    expect(validate('{"type":"FeatureCollection"').fatal?.problem.message).toBe(
      'not valid JSON: the text ends too early at line 1, column 28 (is the file truncated?); expected a GeoJSON FeatureCollection',
    );
  });

  it('rejects an infinite coordinate written as 1e999', () => {
    const text = collection(feature('alpha-city')).replace('48.85', '1e999');
    const result = validate(text);
    expect(result.partners).toEqual([]);
    expect(lines(text)).toEqual([
      'f: features[0] (id "alpha-city"): geometry.coordinates[1]: latitude Infinity is not a number; expected a finite latitude',
    ]);
  });

  it('rejects a data: URL', () => {
    const text = collection(
      feature(
        'alpha-city',
        (p) => (p.sources = [{ title: 'Pixel', url: 'data:text/html,<script>alert(1)</script>' }]),
      ),
    );
    expect(lines(text)).toEqual([
      'f: features[0] (id "alpha-city"): properties.sources[0].url: "data:text/html,<script>alert(1)</script>" is not an http(s) URL; expected a full http:// or https:// URL',
    ]);
  });

  it('rejects HTML in text', () => {
    const text = collection(
      feature(
        'alpha-city',
        (p) => (p.summary = { vi: 'Tóm tắt <b>đậm</b>', en: 'Summary &amp; more' }),
      ),
    );
    expect(lines(text)).toEqual([
      'f: features[0] (id "alpha-city"): properties.summary.vi: HTML markup in "Tóm tắt <b>đậm</b>"; expected Vietnamese summary as plain text without HTML',
      'f: features[0] (id "alpha-city"): properties.summary.en: HTML markup in "Summary &amp; more"; expected English summary as plain text without HTML',
    ]);
  });

  it('keeps the first of two records with one id and reports the second', () => {
    const result = validate(
      collection(
        feature('alpha-city'),
        feature('beta-town'),
        feature('alpha-city', (p) => (p.country = 'DE')),
      ),
    );
    expect(result.partners.map((p) => [p.id, p.country])).toEqual([
      ['alpha-city', 'FR'],
      ['beta-town', 'FR'],
    ]);
    expect(result.problems.map((p) => formatProblem('f', p))).toEqual([
      'f: features[2] (id "alpha-city"): properties.id: duplicate id "alpha-city" (first at features[0]); expected a unique id',
    ]);
  });

  it('never lets zod default text through', () => {
    const text = collection(
      feature(
        'alpha-city',
        (p) => ((p.milestones = [{ date: '2020' }, 'x']), (p.fields = 'tourism')),
      ),
    );
    const all = lines(text).join('\n');
    expect(all).not.toMatch(/Invalid input|received/);
    expect(lines(text)).toEqual([
      'f: features[0] (id "alpha-city"): properties.fields: "tourism" is not an array; expected an array of field ids (empty when no source names one)',
      'f: features[0] (id "alpha-city"): properties.milestones[0].text: missing; expected { "vi": "…", "en": "…" } with the milestone text in both languages',
      'f: features[0] (id "alpha-city"): properties.milestones[1]: "x" is not a milestone; expected { "date": "YYYY-MM-DD", "text": { "vi": "…", "en": "…" } }',
    ]);
  });
});
