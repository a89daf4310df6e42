import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPartnersFile } from '../lib/check-partners.ts';
import { dataCheckCli } from '../lib/data-check-cli.ts';

const DIR = 'e2e/fixtures/partners';
const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<
  string,
  { problem: string; lines: string[]; warnings?: string[]; validIds: string[] }
>;

describe('checkPartnersFile on the broken fixtures', () => {
  it('has an expected entry for every fixture, and a fixture for every entry', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.geojson'))
      .sort();
    expect(Object.keys(expected).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(14);
    // The bad-input corpus: at least 20 broken files besides the valid one.
    expect(files.filter((f) => f !== 'valid-small.geojson').length).toBeGreaterThanOrEqual(20);
  });

  it.each(Object.entries(expected))('%s: exact lines, valid records kept', (name, want) => {
    const result = checkPartnersFile(`${DIR}/${name}`);
    expect(result.lines).toEqual(want.lines);
    expect(result.partners.map((p) => p.id)).toEqual(want.validIds);
    expect(result.ok).toBe(want.lines.length === 0);
    expect(result.warnings).toEqual(want.warnings ?? []);
  });

  it('reports every broken fixture with exactly one problem, except the multi-problem ones', () => {
    const twoProblems = ['one-bad-record.geojson', 'coordinates-as-strings.geojson'];
    for (const [name, want] of Object.entries(expected)) {
      if (name === 'valid-small.geojson') expect(want.lines).toHaveLength(0);
      else if (twoProblems.includes(name)) expect(want.lines, name).toHaveLength(2);
      // Warnings only (a BOM, an unknown property): every record is kept.
      else if (want.warnings) expect(want.lines, name).toHaveLength(0);
      else expect(want.lines, name).toHaveLength(1);
    }
  });
});

describe('checkPartnersFile', () => {
  it('passes the shipped data/partners.geojson, with no warning', () => {
    const result = checkPartnersFile('data/partners.geojson');
    expect(result.lines).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.partners.length).toBeGreaterThan(0);
  });

  it('reports a missing file on one line', () => {
    expect(checkPartnersFile('no/such/file.geojson').lines).toEqual([
      'no/such/file.geojson: file: not found; expected a partners GeoJSON file',
    ]);
  });

  it('reports a broken config as data/config.json problems', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-check-'));
    const config = JSON.parse(readFileSync('data/config.json', 'utf8')) as Record<string, unknown>;
    const file = join(dir, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...config,
        fields: [{ id: 'Ports!', label: { vi: 'Cảng' }, color: 'blue' }],
      }),
    );
    expect(checkPartnersFile(`${DIR}/valid-small.geojson`, { configFile: file }).lines).toEqual([
      `${file}: fields[0].id: "Ports!" is not valid; expected a kebab-case id such as "urban-planning"`,
      `${file}: fields[0].label.en: missing; expected English label as plain text`,
      `${file}: fields[0].color: "blue" is not valid; expected a colour such as "#1f77b4"`,
    ]);
  });

  it('accepts a BOM with a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-check-'));
    const file = join(dir, 'bom.geojson');
    writeFileSync(file, `\uFEFF${readFileSync(`${DIR}/valid-small.geojson`, 'utf8')}`);
    const result = checkPartnersFile(file);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      `${file}: file: starts with a byte-order mark (ignored); expected UTF-8 without BOM`,
    ]);
  });
});

describe('npm run data:check, in process', () => {
  const run = (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const status = dataCheckCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { status, out, err };
  };

  it('exits 1 with one line per problem on stdout', () => {
    const name = 'one-bad-record.geojson';
    const result = run(`${DIR}/${name}`);
    expect(result.status).toBe(1);
    expect(result.out).toEqual(expected[name]!.lines);
    expect(result.err).toEqual([
      `${DIR}/${name}: 2 problems; ${expected[name]!.validIds.length} partners valid`,
    ]);
  });

  it('exits 0 with a summary on stderr and nothing on stdout', () => {
    const result = run(`${DIR}/valid-small.geojson`);
    expect(result.status).toBe(0);
    expect(result.out).toEqual([]);
    expect(result.err).toEqual([`${DIR}/valid-small.geojson: 3 partners, all valid`]);
  });

  it('exits 2 with the usage on a flag or a second file', () => {
    for (const args of [['--fix'], ['a.geojson', 'b.geojson']]) {
      const result = run(...args);
      expect(result.status).toBe(2);
      expect(result.out).toEqual([]);
      expect(result.err).toEqual([
        'usage: npm run data:check -- [file]   (default data/partners.geojson)',
      ]);
    }
  });
});

// One spawned smoke test: the script wires the function to the process. A cold `npx tsx` start
// takes seconds on a busy machine, so the timeout is generous and is not a speed check.
describe('npm run data:check (spawned)', () => {
  it('exits 1 with the problem lines on stdout', { timeout: 120_000 }, () => {
    const name = 'one-bad-record.geojson';
    const result = spawnSync('npx', ['tsx', 'scripts/data-check.ts', `${DIR}/${name}`], {
      encoding: 'utf8',
      timeout: 110_000,
    });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toBe(expected[name]!.lines.map((l) => `${l}\n`).join(''));
  });
});
