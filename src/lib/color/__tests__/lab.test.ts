import { describe, expect, it } from 'vitest';
import { D65, hexToLab, labToRgb, labToXyz, linearToXyz, rgbToLab, xyzToLab } from '../lab';
import { linearToRgb, linearToSrgb, parseHex, rgbToLinear, srgbToLinear, toHex } from '../srgb';

describe('sRGB', () => {
  it('parses and formats hex colours', () => {
    expect(parseHex('#ffffff')).toEqual([1, 1, 1]);
    expect(parseHex('#000')).toEqual([0, 0, 0]);
    expect(parseHex('#FF8000')).toEqual([1, 128 / 255, 0]);
    expect(toHex(parseHex('#0b57d0'))).toBe('#0b57d0');
    expect(toHex([1.2, -0.1, 0.5])).toBe('#ff0080');
    expect(() => parseHex('red')).toThrow();
    expect(() => parseHex('#12345')).toThrow();
  });

  it('applies the sRGB transfer function both ways', () => {
    expect(srgbToLinear(0)).toBe(0);
    expect(srgbToLinear(1)).toBeCloseTo(1, 12);
    expect(srgbToLinear(0.5)).toBeCloseTo(0.214041, 6);
    expect(srgbToLinear(0.04)).toBeCloseTo(0.04 / 12.92, 12);
    for (let i = 0; i <= 255; i += 1) {
      expect(linearToSrgb(srgbToLinear(i / 255))).toBeCloseTo(i / 255, 10);
    }
    const rgb = parseHex('#cc79a7');
    expect(toHex(linearToRgb(rgbToLinear(rgb)))).toBe('#cc79a7');
  });
});

describe('XYZ and CIELAB (D65)', () => {
  it('maps linear sRGB white to the D65 white point', () => {
    const xyz = linearToXyz([1, 1, 1]);
    xyz.forEach((v, i) => expect(v).toBeCloseTo(D65[i] ?? NaN, 5));
  });

  it('reproduces reference CIELAB values of sRGB primaries', () => {
    // Reference values: Lindbloom's calculator, sRGB, D65, no adaptation.
    const cases: [string, [number, number, number]][] = [
      ['#ffffff', [100, 0, 0]],
      ['#000000', [0, 0, 0]],
      ['#ff0000', [53.2408, 80.0925, 67.2032]],
      ['#00ff00', [87.7347, -86.1827, 83.1793]],
      ['#0000ff', [32.297, 79.1875, -107.8602]],
    ];
    for (const [hex, expected] of cases) {
      const lab = hexToLab(hex);
      expected.forEach((v, i) => expect(lab[i]).toBeCloseTo(v, 2));
    }
  });

  it('round-trips through XYZ and CIELAB', () => {
    for (const hex of ['#0072b2', '#e69f00', '#009e73', '#1b1f24', '#f7f7f5', '#123456']) {
      const lab = rgbToLab(parseHex(hex));
      expect(toHex(labToRgb(lab))).toBe(hex);
      const xyz = labToXyz(lab);
      xyzToLab(xyz).forEach((v, i) => expect(v).toBeCloseTo(lab[i] ?? NaN, 9));
    }
    // Dark colours exercise the linear segment of the CIELAB function.
    expect(toHex(labToRgb(hexToLab('#020304')))).toBe('#020304');
  });
});
