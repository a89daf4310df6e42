import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/lib/schema/config-schema.ts';
import { pathOf } from '../../src/lib/schema/validate-partners.ts';

const shipped = JSON.parse(readFileSync('data/config.json', 'utf8')) as Record<string, unknown>;
const about = shipped.about as Record<string, unknown>;
const official = about.official as Record<string, unknown>;

function issues(config: unknown): string[] {
  const parsed = configSchema.safeParse(config);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${pathOf(i.path)}: ${i.message}`);
}
const withOfficial = (edit: Record<string, unknown>) => ({
  ...shipped,
  about: { ...about, official: { ...official, ...edit } },
});

describe('config about.official', () => {
  it('accepts the shipped figures and keeps them as numbers', () => {
    const parsed = configSchema.parse(shipped);
    // Read from the raw file: the schema must carry every figure through unchanged.
    expect(parsed.about?.official).toEqual(official);
    expect(parsed.about?.official?.source.url).toMatch(/^https:\/\//);
  });

  it('is optional, and agreements within it too', () => {
    expect(issues({ ...shipped, about: { ...about, official: undefined } })).toEqual([]);
    expect(issues(withOfficial({ agreements: undefined }))).toEqual([]);
  });

  it('rejects a figure that is not a positive whole number', () => {
    expect(issues(withOfficial({ localities: 62.5 }))).toEqual([
      'about.official.localities: 62.5 is not a whole number; expected a whole number',
    ]);
    expect(issues(withOfficial({ countries: 0 }))).toHaveLength(1);
    expect(issues(withOfficial({ agreements: '121' }))).toHaveLength(1);
  });

  it('rejects a date that is not a real date, and a source without a usable URL or title', () => {
    expect(issues(withOfficial({ date: '2026-13-09' }))).toEqual([
      'about.official.date: "2026-13-09" is not a real date; expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    ]);
    expect(issues(withOfficial({ source: { title: 'SGGP', url: 'sggp.org.vn/x' } }))).toEqual([
      'about.official.source.url: "sggp.org.vn/x" is not an http(s) URL; expected a full http:// or https:// URL',
    ]);
    expect(
      issues(withOfficial({ source: { title: ' ', url: 'https://example.org' } })),
    ).toHaveLength(1);
  });
});
