import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPartners } from '../clean-partners';
import { validatePartnersText } from '../validate-partners';

const read = (path: string) =>
  readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8');
const config = JSON.parse(read('data/config.json')) as { fields: { id: string }[] };
const options = { fieldIds: config.fields.map((f) => f.id) as [string, ...string[]] };
const fixtures = readdirSync(new URL('../../../../e2e/fixtures/partners', import.meta.url)).filter(
  (f) => f.endsWith('.geojson'),
);
const expected = JSON.parse(read('e2e/fixtures/partners/expected.json')) as Record<
  string,
  { lines: string[] }
>;

/** The full validator has something to say about this text. */
function reported(text: string, maxBytes?: number) {
  const result = validatePartnersText(text, { ...options, maxBytes });
  return Boolean(result.fatal || result.problems.length || result.warnings.length);
}

const base = JSON.parse(read('e2e/fixtures/partners/valid-small.geojson')) as {
  features: { properties: Record<string, unknown> }[];
};
/** valid-small.geojson with its first record changed. */
function edited(edit: (p: Record<string, unknown>) => void): string {
  const copy = structuredClone(base);
  edit(copy.features[0]!.properties);
  return JSON.stringify(copy);
}

describe('cleanPartners', () => {
  it('keeps the shipped file whole, in file order', () => {
    const text = read('data/partners.geojson');
    const raw = JSON.parse(text) as { features: { properties: { id: string } }[] };
    expect(cleanPartners(text, options)?.map((p) => p.id)).toEqual(
      raw.features.map((f) => f.properties.id),
    );
    expect(cleanPartners(text, options)).toEqual(validatePartnersText(text, options).partners);
  });

  it.each(fixtures)(
    'passes %s on to the validator exactly when it has something to report',
    (file) => {
      const text = read(`e2e/fixtures/partners/${file}`);
      const clean = cleanPartners(text, options);
      if (expected[file]?.lines.length) expect(clean).toBeNull();
      expect(clean === null).toBe(reported(text));
      if (clean) expect(clean).toEqual(validatePartnersText(text, options).partners);
    },
  );

  it.each([
    ['an unknown property', (p: Record<string, unknown>) => (p.colour = 'red')],
    ['a duplicate id', (p: Record<string, unknown>) => (p.id = base.features[1]!.properties.id)],
    [
      'an outlet-and-number source title',
      (p: Record<string, unknown>) =>
        (p.sources = [{ title: 'Báo Đà Nẵng, 2019-03-01', url: 'https://example.org/a' }]),
    ],
    [
      'an unencoded URL in a native name source',
      (p: Record<string, unknown>) =>
        (p.nativeName = [
          {
            lang: 'ko',
            text: '오산시',
            source: { title: 'Osan — a city', url: 'https://ko.wikipedia.org/wiki/오산시' },
          },
        ]),
    ],
  ])('passes on a file with %s', (_, edit) => {
    const text = edited(edit);
    expect(reported(text)).toBe(true);
    expect(cleanPartners(text, options)).toBeNull();
  });

  it('passes on a file over maxBytes, as the validator does', () => {
    const text = read('e2e/fixtures/partners/valid-small.geojson');
    expect(cleanPartners(text, { ...options, maxBytes: 100 })).toBeNull();
    expect(reported(text, 100)).toBe(true);
    expect(cleanPartners(text, { ...options, maxBytes: 10_000_000 })).not.toBeNull();
  });
});
