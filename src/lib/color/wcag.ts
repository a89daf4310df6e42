import { parseHex, rgbToLinear } from './srgb';

/** WCAG 2.2 relative luminance of an opaque sRGB colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = rgbToLinear(parseHex(hex));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.2 contrast ratio, 1..21, symmetric in its arguments. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG 2.2 minimum ratios: 1.4.3 (AA text), 1.4.6 (AAA text), 1.4.11 (non-text). */
export const WCAG_MIN = { textAA: 4.5, textAAA: 7, nonText: 3 } as const;
