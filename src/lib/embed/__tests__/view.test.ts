import { describe, expect, it } from 'vitest';
import { testPartner } from '@/testing/view-fixture';
import { allFieldIds, embedView, sameView, type ViewState } from '../view';

const partner = testPartner;

const partners = [
  partner('yokohama', '2004-10-21', ['ports', 'it']),
  partner('busan', '2012', ['tourism']),
  partner('le-havre', '2025-10-06', ['ports']),
  partner('undated', null, []),
];
const FIELDS = allFieldIds(['ports', 'it', 'tourism']);
const today: ViewState = { partner: null, year: null, fields: null, lang: 'en' };

describe('embedView', () => {
  it('spells out all fields and every visible id at today', () => {
    expect(embedView(today, partners, FIELDS)).toEqual({
      year: null,
      fields: ['ports', 'it', 'tourism', 'unrecorded'],
      partner: null,
      lang: 'en',
      visible: ['yokohama', 'busan', 'le-havre', 'undated'],
    });
  });

  it('follows year and fields, fields in config order', () => {
    const view = embedView(
      { ...today, year: 2012, fields: ['tourism', 'ports'], lang: 'vi' },
      partners,
      FIELDS,
    );
    expect(view).toMatchObject({ year: 2012, fields: ['ports', 'tourism'], lang: 'vi' });
    expect(view.visible).toEqual(['yokohama', 'busan']);
  });

  it('compares views by value', () => {
    const a = embedView(today, partners, FIELDS);
    expect(sameView(a, embedView({ ...today }, partners, FIELDS))).toBe(true);
    expect(sameView(a, embedView({ ...today, partner: 'busan' }, partners, FIELDS))).toBe(false);
    expect(sameView(a, embedView({ ...today, fields: ['ports'] }, partners, FIELDS))).toBe(false);
  });
});
