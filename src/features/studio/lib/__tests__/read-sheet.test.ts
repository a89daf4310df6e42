import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../check-sheet';
import { readPasted, readSheetFile, SheetReadError } from '../read-sheet';

// Expected values come from data/ read here, never from the studio's own writers.
const shippedText = readFileSync('data/partners.geojson', 'utf8');
const shipped = JSON.parse(shippedText) as {
  features: { properties: { id: string; name: { en: string; vi: string } } }[];
};
const config = JSON.parse(readFileSync('data/config.json', 'utf8')) as {
  fields: { id: string }[];
  maxDataBytes: number;
};
const options = {
  fieldIds: config.fields.map((f) => f.id) as [string, ...string[]],
  maxBytes: config.maxDataBytes,
};
const noXlsx = () => Promise.reject(new Error('not an xlsx test'));
const first = shipped.features[0]!.properties;

describe('reading a sheet (issue 18: .csv with , or ;, .geojson, pasted rows)', () => {
  it('reads a CSV saved with ";" (Excel in Vietnamese) cell by cell', async () => {
    const text = 'id;name_en;note\r\nosan;"Osan; Gyeonggi";a "quoted" word\r\n';
    const read = await readSheetFile(new File([text], 'partners.csv'), noXlsx);
    expect(read.table.header).toEqual(['id', 'name_en', 'note']);
    expect(read.table.rows).toEqual([['osan', 'Osan; Gyeonggi', 'a "quoted" word']]);
    expect(read.problems).toEqual([]);
  });

  it('reads the published .geojson as one row per partner, ids and names kept', async () => {
    const read = await readSheetFile(new File([shippedText], 'partners.geojson'), noXlsx);
    const at = (name: string) => read.table.header.indexOf(name);
    expect(read.table.rows).toHaveLength(shipped.features.length);
    expect(read.table.rows[0]![at('id')]).toBe(first.id);
    expect(read.table.rows[0]![at('name_en')]).toBe(first.name.en);
    expect(read.table.rows[0]![at('name_vi')]).toBe(first.name.vi);
  });

  it('reads rows pasted from a spreadsheet (tab-separated)', () => {
    const read = readPasted('id\tname_en\nosan\tOsan\nkawasaki\tKawasaki\n');
    expect(read.table).toEqual({
      header: ['id', 'name_en'],
      rows: [
        ['osan', 'Osan'],
        ['kawasaki', 'Kawasaki'],
      ],
    });
  });

  it('refuses a file it cannot read, saying which', async () => {
    const error = await readSheetFile(new File(['x'], 'partners.pdf'), noXlsx).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SheetReadError);
    expect(error).toMatchObject({ code: 'format', detail: 'partners.pdf' });
  });

  it('reports an unknown column without losing a row (not fatal)', async () => {
    const read = await readSheetFile(new File([shippedText], 'partners.geojson'), noXlsx);
    const table = {
      header: [...read.table.header, 'colour'],
      rows: read.table.rows.map((r) => [...r, 'blue']),
    };
    const check = checkSheet(table, options);
    expect(check.problems).toEqual([]);
    expect(check.warnings.map((w) => [w.code, w.params.column])).toEqual([
      ['unknown-column', 'colour'],
    ]);
    expect(check.partners.map((p) => p.id)).toEqual(shipped.features.map((f) => f.properties.id));
  });
});
