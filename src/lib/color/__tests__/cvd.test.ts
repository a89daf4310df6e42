import { describe, expect, it } from 'vitest';
import { DICHROMACIES, MACHADO_2009, deltaE, simulateLinear, simulateRgb } from '../cvd';
import { parseHex, toHex } from '../srgb';

describe('Machado et al. 2009 CVD simulation (severity 1.0)', () => {
  it('maps linear primaries onto the published matrix columns', () => {
    // Pure red under protanopia: the first column of the published protanopia matrix.
    const red = simulateLinear([1, 0, 0], 'protanopia');
    expect(red[0]).toBeCloseTo(0.152286, 6);
    expect(red[1]).toBeCloseTo(0.114503, 6);
    expect(red[2]).toBe(0); // -0.003882, clamped into the gamut
    for (const d of DICHROMACIES) {
      const m = MACHADO_2009[d];
      for (let col = 0; col < 3; col += 1) {
        const unit: [number, number, number] = [0, 0, 0];
        unit[col] = 1;
        const out = simulateLinear(unit, d);
        m.forEach((row, i) =>
          expect(out[i]).toBeCloseTo(Math.min(1, Math.max(0, row[col] ?? NaN)), 6),
        );
      }
    }
  });

  it('gives the known sRGB outputs for pure red', () => {
    // First matrix columns, clamped and re-encoded with the sRGB transfer function:
    // protanopia (0.152286, 0.114503, 0) → #6d5f00, a dark olive;
    // deuteranopia (0.367322, 0.280085, 0) → #a39000, an olive yellow;
    // tritanopia (1, 0, 0.004733) → #ff000f, red stays red.
    expect(toHex(simulateRgb(parseHex('#ff0000'), 'protanopia'))).toBe('#6d5f00');
    expect(toHex(simulateRgb(parseHex('#ff0000'), 'deuteranopia'))).toBe('#a39000');
    expect(toHex(simulateRgb(parseHex('#ff0000'), 'tritanopia'))).toBe('#ff000f');
  });

  it('keeps neutrals neutral', () => {
    for (const d of DICHROMACIES) {
      // Rows of each matrix sum to 1, so achromatic greys are unchanged.
      for (const hex of ['#ffffff', '#000000', '#808080', '#3a3a3a', '#d0d0d0']) {
        expect(toHex(simulateRgb(parseHex(hex), d))).toBe(hex);
      }
    }
  });

  it('collapses the confusion axis of each dichromacy', () => {
    // Red and green are far apart in normal vision but close for protans and deutans …
    expect(deltaE('#d62728', '#2ca02c')).toBeGreaterThan(50);
    // … and blue/green confusions are what tritans lose.
    expect(deltaE('#0072b2', '#009e73', 'tritanopia')).toBeLessThan(
      deltaE('#0072b2', '#009e73', 'normal'),
    );
    expect(deltaE('#ff0000', '#808000', 'protanopia')).toBeLessThan(
      deltaE('#ff0000', '#808000', 'normal') / 2,
    );
  });

  it('leaves colours alone under normal vision', () => {
    expect(simulateRgb(parseHex('#0072b2'), 'normal')).toEqual(parseHex('#0072b2'));
  });
});
