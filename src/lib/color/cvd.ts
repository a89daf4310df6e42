import { ciede2000 } from './ciede2000';
import { multiply, rgbToLab } from './lab';
import type { Lab } from './lab';
import { clampRgb, linearToRgb, parseHex, rgbToLinear } from './srgb';
import type { Rgb } from './srgb';

export type Dichromacy = 'protanopia' | 'deuteranopia' | 'tritanopia';
export type Vision = 'normal' | Dichromacy;

export const DICHROMACIES: readonly Dichromacy[] = ['protanopia', 'deuteranopia', 'tritanopia'];
export const VISIONS: readonly Vision[] = ['normal', ...DICHROMACIES];

/**
 * Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
 * Vision Deficiency", IEEE TVCG 15(6): the published matrices for severity 1.0, which act on
 * linear RGB.
 */
export const MACHADO_2009: Record<Dichromacy, readonly [Rgb, Rgb, Rgb]> = {
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

/** Simulates a dichromacy on linear RGB, clamped back into the gamut. */
export function simulateLinear(lin: Rgb, vision: Vision): Rgb {
  return vision === 'normal' ? lin : clampRgb(multiply(MACHADO_2009[vision], lin));
}

/** Simulates a dichromacy on gamma-encoded sRGB (decoded to linear for the matrix). */
export function simulateRgb(rgb: Rgb, vision: Vision): Rgb {
  return vision === 'normal' ? rgb : linearToRgb(simulateLinear(rgbToLinear(rgb), vision));
}

/** CIELAB of a hex colour as seen with the given vision. */
export function labUnder(hex: string, vision: Vision): Lab {
  return rgbToLab(simulateRgb(parseHex(hex), vision));
}

/** CIEDE2000 difference between two hex colours as seen with the given vision. */
export function deltaE(a: string, b: string, vision: Vision = 'normal'): number {
  return ciede2000(labUnder(a, vision), labUnder(b, vision));
}
