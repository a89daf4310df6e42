import { linearToRgb, parseHex, rgbToLinear } from './srgb';
import type { Rgb } from './srgb';

/** CIE XYZ with the reference white at Y = 1. */
export type Xyz = readonly [number, number, number];
/** CIELAB: L* in 0..100, a*, b* unbounded. */
export type Lab = readonly [number, number, number];

type Matrix3 = readonly [Rgb, Rgb, Rgb];

export function multiply(m: Matrix3, v: Rgb): Rgb {
  return [
    m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
    m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
    m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
  ];
}

/** Linear sRGB → XYZ (D65), from the sRGB primaries (IEC 61966-2-1). */
const RGB_TO_XYZ: Matrix3 = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
];
const XYZ_TO_RGB: Matrix3 = [
  [3.2404542, -1.5371385, -0.4985314],
  [-0.969266, 1.8760108, 0.041556],
  [0.0556434, -0.2040259, 1.0572252],
];

/** D65 reference white. */
export const D65: Xyz = [0.95047, 1, 1.08883];

const EPSILON = 216 / 24389;
const KAPPA = 24389 / 27;

export function linearToXyz(lin: Rgb): Xyz {
  return multiply(RGB_TO_XYZ, lin);
}

export function xyzToLinear(xyz: Xyz): Rgb {
  return multiply(XYZ_TO_RGB, xyz);
}

export function xyzToLab(xyz: Xyz, white: Xyz = D65): Lab {
  const f = (t: number) => (t > EPSILON ? Math.cbrt(t) : (KAPPA * t + 16) / 116);
  const fx = f(xyz[0] / white[0]);
  const fy = f(xyz[1] / white[1]);
  const fz = f(xyz[2] / white[2]);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

export function labToXyz(lab: Lab, white: Xyz = D65): Xyz {
  const fy = (lab[0] + 16) / 116;
  const fx = fy + lab[1] / 500;
  const fz = fy - lab[2] / 200;
  const inv = (t: number) => (t ** 3 > EPSILON ? t ** 3 : (116 * t - 16) / KAPPA);
  const y = lab[0] > KAPPA * EPSILON ? fy ** 3 : lab[0] / KAPPA;
  return [inv(fx) * white[0], y * white[1], inv(fz) * white[2]];
}

/** Gamma-encoded sRGB → CIELAB (D65). */
export function rgbToLab(rgb: Rgb): Lab {
  return xyzToLab(linearToXyz(rgbToLinear(rgb)));
}

/** CIELAB (D65) → gamma-encoded sRGB (not clamped). */
export function labToRgb(lab: Lab): Rgb {
  return linearToRgb(xyzToLinear(labToXyz(lab)));
}

export function hexToLab(hex: string): Lab {
  return rgbToLab(parseHex(hex));
}
