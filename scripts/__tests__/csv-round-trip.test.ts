import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PartnerCollection } from '@/lib/partners-file/partner-file';
import {
  collectionToCsv,
  csvToCollection,
  detectDelimiter,
} from '@/lib/partners-file/partners-csv';
import { lostInCsv } from '../lib/lost-in-csv.ts';

const FIXTURE = 'scripts/__tests__/fixtures/round-trip.geojson';
const text = readFileSync(FIXTURE, 'utf8');
const original = JSON.parse(text) as PartnerCollection;

function roundTrip(csv: string) {
  const result = csvToCollection(csv);
  expect(result.problems).toEqual([]);
  expect(result.warnings).toEqual([]);
  return result.collection;
}

describe('GeoJSON → CSV → GeoJSON', () => {
  it('the fixture covers the hard cases', () => {
    expect(text).toMatch(/[ăâđêôơư]/);
    expect(text).toMatch(/\\n/);
    expect(text).toContain('"signed": null');
    expect(text).toContain('"fields": []');
    expect(text).toContain('"nativeName"');
    expect(text).toMatch(/\p{Script=Arabic}/u);
    expect(Math.max(...original.features.map((f) => f.properties.sources.length))).toBe(3);
  });

  it.each([
    ['comma, BOM, CRLF (the export default)', {}],
    ['semicolon (Excel in a Vietnamese locale)', { delimiter: ';' as const }],
    ['no BOM', { bom: false }],
    ['LF line endings', { newline: '\n' as const }],
    ['semicolon, no BOM, LF', { delimiter: ';' as const, bom: false, newline: '\n' as const }],
  ])('is lossless: %s', (_, options) => {
    const back = roundTrip(collectionToCsv(original, options));
    expect(back).toStrictEqual(original);
    // Same key order too, so re-importing an unchanged export rewrites the file byte for byte.
    expect(`${JSON.stringify(back, null, 2)}\n`).toBe(text);
  });

  it('is lossless on the shipped data/partners.geojson', () => {
    const shipped = JSON.parse(readFileSync('data/partners.geojson', 'utf8')) as PartnerCollection;
    expect(roundTrip(collectionToCsv(shipped))).toStrictEqual(shipped);
  });

  it('lists what an export would not carry', () => {
    expect(lostInCsv(original, collectionToCsv(original))).toEqual([]);
    const extra = structuredClone(original) as PartnerCollection & { name?: string };
    extra.name = 'Partners';
    Object.assign(extra.features[1]!.properties.name, { fr: 'Bourg Beta' });
    expect(lostInCsv(extra, collectionToCsv(extra))).toEqual(['name', 'features[1]']);
  });

  it('writes a BOM, CRLF rows, the documented columns and numbered sources', () => {
    const csv = collectionToCsv(original);
    expect(
      csv.startsWith(
        '\uFEFFid,name_vi,name_en,native_name,country,kind,relation,signed,lon,lat,fields,',
      ),
    ).toBe(true);
    const header = csv.slice(1, csv.indexOf('\r\n'));
    expect(header).toBe(
      'id,name_vi,name_en,native_name,country,kind,relation,signed,lon,lat,fields,summary_vi,summary_en,note_vi,note_en,confidence,milestones,' +
        'source_1_title,source_1_url,source_2_title,source_2_url,source_3_title,source_3_url',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('\r\nbeta-town,');
    expect(csv).toContain(',ports|tourism|semiconductors-ai,');
  });

  it('neutralises formula-like cells but keeps negative coordinates as numbers', () => {
    const csv = collectionToCsv(original, { bom: false });
    expect(csv).toContain(`,'=Ghi chú`);
    expect(csv).toContain(`\nbeta-town,''=Thị trấn Beta,'+Beta Town,`);
    expect(csv).toContain(',-73.5674,-45.5,');
  });

  it('accepts a hand-made CSV: trimmed codes, decimal commas, blank rows, missing optional columns', () => {
    const csv = [
      'id;name_vi;name_en;country;kind;relation;signed;lon;lat;fields;summary_vi;summary_en;source_1_title;source_1_url',
      ' delta-city ;Delta;Delta; DE ;city;mou;;"13,405";"52,52"; it | trade ;Tóm tắt;Summary;Nguồn;https://example.org/delta',
      ';;;;;;;;;;;;;',
      '',
    ].join('\r\n');
    expect(detectDelimiter(csv)).toBe(';');
    expect(roundTrip(csv).features).toStrictEqual([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [13.405, 52.52] },
        properties: {
          id: 'delta-city',
          name: { vi: 'Delta', en: 'Delta' },
          country: 'DE',
          kind: 'city',
          relation: 'mou',
          signed: null,
          fields: ['it', 'trade'],
          summary: { vi: 'Tóm tắt', en: 'Summary' },
          sources: [{ title: 'Nguồn', url: 'https://example.org/delta' }],
        },
      },
    ]);
  });
});
