import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPartnersCsv } from '../lib/import-partners.ts';
import { loadConfig } from '../lib/load-config.ts';

const loaded = loadConfig();
if (!loaded.config) throw new Error(loaded.lines.join('\n'));
const options = { fieldIds: loaded.fieldIds, maxBytes: loaded.config.maxDataBytes };

const HEADER =
  'id,name_vi,name_en,country,kind,relation,signed,lon,lat,fields,summary_vi,summary_en,milestones,source_1_title,source_1_url';
const row = (id: string, signed: string, extra = '') =>
  `${id},Tên,Name,FR,city,mou,${signed},2.35,48.85,tourism,Tóm tắt,Summary,${extra},Nguồn,https://example.org/${id}`;

describe('importPartnersCsv', () => {
  it('names spreadsheet rows (header = row 1) in problem lines and writes nothing', () => {
    const csv = [
      HEADER,
      row('alpha-city', '2015'),
      row('beta-town', '2019-02-30'),
      '',
      row('gamma-region', '2020', '"[{""date"":"'),
      row('alpha-city', ''),
    ].join('\n');
    const result = importPartnersCsv(csv, 'in.csv', options);
    expect(result.json).toBeUndefined();
    expect(result.lines).toEqual([
      'in.csv: row 3 (id "beta-town"): properties.signed: "2019-02-30" is not a real date; expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
      'in.csv: row 5 (id "gamma-region"): properties.milestones: not valid JSON; expected a JSON array such as [{"date":"2019-05","text":{"vi":"…","en":"…"}}]',
      'in.csv: row 6 (id "alpha-city"): properties.id: duplicate id "alpha-city" (first at row 2); expected a unique id',
    ]);
  });

  it('reports missing columns and warns about unknown ones', () => {
    const result = importPartnersCsv('id,name_vi,colour\nx,y,z\n', 'in.csv', options);
    expect(result.lines[0]).toBe(
      'in.csv: header: missing column "name_en"; expected the columns data:export writes',
    );
    expect(result.warnings).toEqual([
      'in.csv: header: unknown column "colour" (ignored); expected the columns data:export writes',
    ]);
  });

  it('explains a broken quote', () => {
    const csv = `${HEADER}\r\nalpha-city,"Tên,Name,FR,city,mou,,1,2,,a,b,c,https://example.org\r\n`;
    expect(importPartnersCsv(csv, 'in.csv', options).lines).toEqual([
      'in.csv: row 2: csv: a quoted cell is never closed; expected a closing " (and "" for a quote inside a cell)',
    ]);
  });

  it('refuses a CSV without partner rows', () => {
    expect(importPartnersCsv(`${HEADER}\r\n`, 'in.csv', options).lines).toEqual([
      'in.csv: file: no partner rows; expected a header row and at least one partner row',
    ]);
  });

  it('produces 2-space JSON with $schema first and a trailing newline', () => {
    const result = importPartnersCsv(
      [HEADER, row('alpha-city', '')].join('\r\n'),
      'in.csv',
      options,
    );
    expect(result.lines).toEqual([]);
    expect(
      result.json?.startsWith(
        '{\n  "$schema": "./partners.schema.json",\n  "type": "FeatureCollection",',
      ),
    ).toBe(true);
    expect(result.json?.endsWith('}\n')).toBe(true);
  });
});

// Spawned: a cold `npx tsx` start takes seconds on a busy machine, so the timeouts are generous
// (two spawns per test) and are not a speed check.
describe('npm run data:export / data:import (spawned)', { timeout: 240_000 }, () => {
  const tsx = (...args: string[]) =>
    spawnSync('npx', ['tsx', ...args], { encoding: 'utf8', timeout: 110_000 });

  it('round-trips a file through both commands byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-import-'));
    const fixture = 'scripts/__tests__/fixtures/round-trip.geojson';
    const exported = tsx('scripts/data-export.ts', join(dir, 'p.csv'), '--in', fixture);
    expect(exported.status, exported.stderr).toBe(0);
    const imported = tsx(
      'scripts/data-import.ts',
      join(dir, 'p.csv'),
      '--out',
      join(dir, 'p.geojson'),
    );
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    expect(readFileSync(join(dir, 'p.geojson'), 'utf8')).toBe(readFileSync(fixture, 'utf8'));
  });

  it('exits 1 without writing when a row is invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-import-'));
    const csv = join(dir, 'bad.csv');
    writeFileSync(
      csv,
      `\uFEFF${[HEADER, row('alpha-city', '2015'), row('beta-town', '2025-13-40')].join('\r\n')}\r\n`,
    );
    const result = tsx('scripts/data-import.ts', csv, '--out', join(dir, 'out.geojson'));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      `${csv}: row 3 (id "beta-town"): properties.signed: "2025-13-40" is not a real date; expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"\n`,
    );
    expect(existsSync(join(dir, 'out.geojson'))).toBe(false);
  });
});
