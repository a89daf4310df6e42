import { describe, expect, it } from 'vitest';
import { diffTables } from '../changes';
import { kebabId } from '../new-id';

describe('kebabId', () => {
  it('makes a kebab-case id from an English name', () => {
    expect(kebabId('Le Havre')).toBe('le-havre');
    expect(kebabId('  Hải Phòng City ')).toBe('hai-phong-city');
    expect(kebabId('Saint-Étienne (Loire)')).toBe('saint-etienne-loire');
  });
});

describe('diffTables', () => {
  const header = ['id', 'name_vi', 'name_en', 'signed'];
  it('lists added, removed and changed partners, field by field, by id', () => {
    const before = {
      header,
      rows: [
        ['a', 'A vi', 'A', '2001'],
        ['b', 'B vi', 'B', '2002'],
      ],
    };
    // Another column order, a blank row, a new partner and one removed.
    const after = {
      header: ['name_en', 'id', 'signed', 'name_vi'],
      rows: [
        ['A', 'a', '2001-05', 'A vi'],
        ['', '', '', ''],
        ['C', 'c', '', 'C vi'],
      ],
    };
    expect(diffTables(before, after)).toEqual({
      added: [{ id: 'c', name: { vi: 'C vi', en: 'C' } }],
      removed: [{ id: 'b', name: { vi: 'B vi', en: 'B' } }],
      changed: [
        {
          id: 'a',
          name: { vi: 'A vi', en: 'A' },
          fields: [{ column: 'signed', before: '2001', after: '2001-05' }],
        },
      ],
    });
  });
});
