import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '@/lib/schema/dates';
import type { Partner } from '@/types/partner';
import { checkTour, defaultTour } from '../tour';

const p = (id: string, signed: string | null) =>
  ({ id, date: signed ? parsePartialDate(signed) : null }) as Partner;

describe('defaultTour', () => {
  it('orders partners by signing date, year-only as 1 January, ties by id, undated last', () => {
    const tour = defaultTour([
      p('zeta', '2012'),
      p('alpha', '2012-01-01'),
      p('beta', '2011-12-31'),
      p('none', null),
      p('mid', '2012-03'),
    ]);
    expect(tour.map((s) => (s.type === 'partner' ? s.id : ''))).toEqual([
      'beta',
      'alpha',
      'zeta',
      'mid',
      'none',
    ]);
  });
});

describe('checkTour', () => {
  const ids = new Set(['genoa', 'daegu']);
  const fields = new Set(['ports']);
  it('accepts year, field and partner steps with captions', () => {
    const { steps, problems } = checkTour(
      {
        steps: [
          { type: 'year', year: 2004 },
          { type: 'field', field: 'ports', caption: { vi: 'Cảng', en: 'Ports' } },
          { type: 'partner', id: 'genoa' },
        ],
      },
      ids,
      fields,
    );
    expect(problems).toEqual([]);
    expect(steps).toHaveLength(3);
  });
  it('drops and reports steps that name unknown partners or fields', () => {
    const { steps, problems } = checkTour(
      {
        steps: [
          { type: 'partner', id: 'atlantis' },
          { type: 'partner', id: 'daegu' },
        ],
      },
      ids,
      fields,
    );
    expect(steps).toEqual([{ type: 'partner', id: 'daegu' }]);
    expect(problems).toEqual([expect.stringContaining('atlantis')]);
  });
  it('rejects a file that is not a tour', () => {
    expect(checkTour({ steps: 'no' }, ids, fields).steps).toBeNull();
  });
});
