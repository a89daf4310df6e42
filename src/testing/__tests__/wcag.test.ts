import { wcagContrast, wcagLuminance } from 'culori';
import { describe, expect, it } from 'vitest';

describe('WCAG 2.2 contrast (culori)', () => {
  it('computes relative luminance', () => {
    expect(wcagLuminance('#000000')).toBe(0);
    expect(wcagLuminance('#ffffff')).toBeCloseTo(1, 12);
    expect(wcagLuminance('#ff0000')).toBeCloseTo(0.2126, 12);
    expect(wcagLuminance('#00ff00')).toBeCloseTo(0.7152, 12);
    expect(wcagLuminance('#0000ff')).toBeCloseTo(0.0722, 12);
  });

  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(wcagContrast('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(wcagContrast('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(wcagContrast('#777777', '#777777')).toBe(1);
  });

  it('matches well-known ratios', () => {
    // #777 on white is the classic "just fails AA" grey.
    expect(wcagContrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(wcagContrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(wcagContrast('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
    expect(wcagContrast('#ff0000', '#ffffff')).toBeCloseTo(4.0, 2);
  });
});
