import { formatHex } from 'culori';
import { describe, expect, it } from 'vitest';
import { DICHROMACIES, deltaE, rgbOf, seenWith } from '@/testing/color';
import type { Dichromacy } from '@/testing/color';

/**
 * Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
 * Vision Deficiency", IEEE TVCG 15(6): the published matrices for severity 1.0, row by row.
 */
const MACHADO_2009: Record<Dichromacy, readonly (readonly [number, number, number])[]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const PRIMARIES = ['#ff0000', '#00ff00', '#0000ff'] as const;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Pairs far apart in normal vision. Protans and deutans keep only a blue–yellow axis and lose
 * red–green; tritans keep red–green and lose blue–green.
 */
const RED_GREEN = ['#d62728', '#2ca02c'] as const;
const BLUE_YELLOW = ['#0000ff', '#ffff00'] as const;
const BLUE_GREEN = ['#0072b2', '#009e73'] as const;
const AXES: Record<
  Dichromacy,
  { lost: readonly [string, string]; kept: readonly [string, string] }
> = {
  protanopia: { lost: RED_GREEN, kept: BLUE_YELLOW },
  deuteranopia: { lost: RED_GREEN, kept: BLUE_YELLOW },
  tritanopia: { lost: BLUE_GREEN, kept: RED_GREEN },
};

describe('Machado et al. 2009 CVD simulation (culori, severity 1.0)', () => {
  it.each(DICHROMACIES)('maps each primary onto a column of the published %s matrix', (d) => {
    PRIMARIES.forEach((hex, col) => {
      const { r, g, b } = seenWith(hex, d);
      const expected = MACHADO_2009[d].map((row) => clamp01(row[col] ?? NaN));
      expect([r, g, b], `${d} ${hex}`).toEqual(expected.map((v) => expect.closeTo(v, 6)));
    });
  });

  it('keeps neutrals neutral', () => {
    for (const d of DICHROMACIES) {
      // Rows of each matrix sum to 1, so achromatic greys are unchanged.
      for (const hex of ['#ffffff', '#000000', '#808080', '#3a3a3a', '#d0d0d0']) {
        expect(formatHex(seenWith(hex, d)), `${d} ${hex}`).toBe(hex);
      }
    }
  });

  it.each(DICHROMACIES)('collapses the confusion axis of %s and keeps the other', (d) => {
    const { lost, kept } = AXES[d];
    for (const pair of [lost, kept]) expect(deltaE(...pair), pair.join('/')).toBeGreaterThan(30);
    const lostRatio = deltaE(...lost, d) / deltaE(...lost);
    const keptRatio = deltaE(...kept, d) / deltaE(...kept);
    expect(lostRatio, `${lost.join('/')} keeps ${lostRatio.toFixed(2)} of its ΔE00`).toBeLessThan(
      0.5,
    );
    expect(
      keptRatio,
      `${kept.join('/')} keeps ${keptRatio.toFixed(2)} of its ΔE00`,
    ).toBeGreaterThan(0.75);
  });

  it('leaves colours alone under normal vision', () => {
    expect(seenWith('#0072b2', 'normal')).toEqual(rgbOf('#0072b2'));
  });
});
