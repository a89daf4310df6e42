import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchemas, staleSchemas } from '../lib/json-schemas.ts';
import { loadConfig } from '../lib/load-config.ts';

describe('data:schema', () => {
  const loaded = loadConfig();
  if (!loaded.config) throw new Error(loaded.lines.join('\n'));
  const generated = generateSchemas(loaded.fieldIds);

  it('committed schemas match the zod schemas (run `npm run data:schema` after changing them)', () => {
    expect(staleSchemas(generated)).toEqual([]);
  });

  it('the data files point at them', () => {
    expect(JSON.parse(readFileSync('data/config.json', 'utf8')).$schema).toBe(
      './config.schema.json',
    );
    expect(JSON.parse(readFileSync('data/partners.geojson', 'utf8')).$schema).toBe(
      './partners.schema.json',
    );
  });

  it('lists the configured field ids', () => {
    const schema = JSON.parse(generated['data/partners.schema.json'] ?? '{}') as object;
    expect(JSON.stringify(schema)).toContain(JSON.stringify(loaded.fieldIds));
  });
});
