import { describe, expect, it } from 'vitest';
import { fieldColorScale, NEUTRAL_COLOR, primaryFieldColor, strengthRadiusScale } from '../scales';

const fields = [
  { id: 'ports', color: '#0072b2' },
  { id: 'it', color: '#e69f00' },
];

describe('fieldColorScale', () => {
  it('maps each configured field to its colour and anything else to the neutral colour', () => {
    const scale = fieldColorScale(fields);
    expect(scale('ports')).toBe('#0072b2');
    expect(scale('it')).toBe('#e69f00');
    expect(scale('space')).toBe(NEUTRAL_COLOR);
  });

  it('colours a partner by its primary (first) field, neutral when none is recorded', () => {
    const scale = fieldColorScale(fields);
    expect(primaryFieldColor(scale, ['it', 'ports'])).toBe('#e69f00');
    expect(primaryFieldColor(scale, [])).toBe(NEUTRAL_COLOR);
  });
});

describe('strengthRadiusScale', () => {
  it('draws stronger relations bigger, within the range', () => {
    const r = strengthRadiusScale(
      [
        { id: 'a', strength: 1 },
        { id: 'b', strength: 5 },
      ],
      [4, 10],
    );
    expect(r(1)).toBe(4);
    expect(r(5)).toBe(10);
    expect(r(3)).toBe(7);
    expect(r(9)).toBe(10);
    expect(r(0)).toBe(4);
  });

  it('spaces the ranks in between evenly, and draws one rank mid-range', () => {
    const r = strengthRadiusScale(
      [
        { id: 'a', strength: 2 },
        { id: 'b', strength: 4 },
      ],
      [4, 8],
    );
    expect([2, 3, 4].map(r)).toEqual([4, 6, 8]);
    expect(strengthRadiusScale([{ id: 'a', strength: 3 }], [4, 8])(3)).toBe(6);
  });
});
