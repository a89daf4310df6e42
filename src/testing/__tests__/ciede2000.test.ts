import { converter, differenceCiede2000 } from 'culori';
import type { Lab65 } from 'culori';
import { describe, expect, it } from 'vitest';

/**
 * Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes,
 * supplementary test data, and mathematical observations", Color Res. Appl. 30(1), Table 1:
 * all 34 pairs, [L1, a1, b1, L2, a2, b2, ΔE00].
 */
const SHARMA_2005: readonly (readonly [number, number, number, number, number, number, number])[] =
  [
    [50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
    [50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
    [50.0, 2.8361, -74.02, 50.0, 0.0, -82.7485, 3.4412],
    [50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0],
    [50.0, -1.1848, -84.8006, 50.0, 0.0, -82.7485, 1.0],
    [50.0, -0.9009, -85.5211, 50.0, 0.0, -82.7485, 1.0],
    [50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
    [50.0, -1.0, 2.0, 50.0, 0.0, 0.0, 2.3669],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.001, 7.1792],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.0011, 7.2195],
    [50.0, 2.49, -0.001, 50.0, -2.49, 0.0012, 7.2195],
    [50.0, -0.001, 2.49, 50.0, 0.0009, -2.49, 4.8045],
    [50.0, -0.001, 2.49, 50.0, 0.001, -2.49, 4.8045],
    [50.0, -0.001, 2.49, 50.0, 0.0011, -2.49, 4.7461],
    [50.0, 2.5, 0.0, 50.0, 0.0, -2.5, 4.3065],
    [50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
    [50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
    [50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.903],
    [50.0, 2.5, 0.0, 58.0, 24.0, 15.0, 19.4535],
    [50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0],
    [50.0, 2.5, 0.0, 50.0, 3.2972, 0.0, 1.0],
    [50.0, 2.5, 0.0, 50.0, 1.8634, 0.5757, 1.0],
    [50.0, 2.5, 0.0, 50.0, 3.2592, 0.335, 1.0],
    [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
    [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
    [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
    [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
    [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
    [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
    [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
    [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
    [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
    [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
  ];

const ciede2000 = differenceCiede2000();
const lab = (l: number, a: number, b: number): Lab65 => ({ mode: 'lab65', l, a, b });

describe('CIEDE2000 (culori)', () => {
  it.each(SHARMA_2005.map((row, i) => [i + 1, row] as const))(
    'matches Sharma et al. pair %i to 4 decimals',
    (_n, [L1, a1, b1, L2, a2, b2, expected]) => {
      expect(ciede2000(lab(L1, a1, b1), lab(L2, a2, b2))).toBeCloseTo(expected, 4);
      expect(ciede2000(lab(L2, a2, b2), lab(L1, a1, b1))).toBeCloseTo(expected, 4);
    },
  );

  it('reads hex colours as the reference CIELAB (D65) values of the sRGB primaries', () => {
    // ΔE between hex colours goes through this conversion. Reference values: Lindbloom's
    // calculator, sRGB, D65, no adaptation; culori derives its D65 white from the chromaticity
    // (0.3127, 0.3290), so the two agree to the first decimal (green's b* differs by 0.007).
    const toLab = converter('lab65');
    const cases: [string, [number, number, number]][] = [
      ['#ffffff', [100, 0, 0]],
      ['#000000', [0, 0, 0]],
      ['#ff0000', [53.2408, 80.0925, 67.2032]],
      ['#00ff00', [87.7347, -86.1827, 83.1793]],
      ['#0000ff', [32.297, 79.1875, -107.8602]],
    ];
    for (const [hex, [l, a, b]] of cases) {
      const got = toLab(hex);
      expect(got?.l, hex).toBeCloseTo(l, 1);
      expect(got?.a, hex).toBeCloseTo(a, 1);
      expect(got?.b, hex).toBeCloseTo(b, 1);
    }
  });
});
