import {
  clampRgb,
  converter,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
} from 'culori';
import type { Rgb } from 'culori';

/** Colour checks for tests, on culori: CIEDE2000, Machado et al. (2009) CVD simulation. */

export type Dichromacy = 'protanopia' | 'deuteranopia' | 'tritanopia';
export type Vision = 'normal' | Dichromacy;

export const DICHROMACIES: readonly Dichromacy[] = ['protanopia', 'deuteranopia', 'tritanopia'];
export const VISIONS: readonly Vision[] = ['normal', ...DICHROMACIES];

/** Severity 1.0 (full dichromacy); culori applies the matrices to gamma-encoded sRGB, as the paper's figures do. */
const SIMULATE: Record<Dichromacy, (color: Rgb) => Rgb> = {
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};

const toRgb = converter('rgb');

/** A CSS colour as sRGB; throws on anything culori cannot parse. */
export function rgbOf(color: string): Rgb {
  const rgb = toRgb(color);
  if (!rgb) throw new Error(`Not a colour: ${color}`);
  return rgb;
}

/** A colour as seen with the given vision, clipped to the sRGB gamut as a screen would show it. */
export function seenWith(color: string, vision: Vision): Rgb {
  const rgb = rgbOf(color);
  return vision === 'normal' ? rgb : clampRgb(SIMULATE[vision](rgb));
}

const ciede2000 = differenceCiede2000();

/** CIEDE2000 difference between two colours as seen with the given vision. */
export function deltaE(a: string, b: string, vision: Vision = 'normal'): number {
  return ciede2000(seenWith(a, vision), seenWith(b, vision));
}
