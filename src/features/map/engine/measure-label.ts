/** CSS font families the map's labels draw with (see map-style.ts). */
export interface LabelFont {
  regular: string;
  bold: string;
}

let context: CanvasRenderingContext2D | null | undefined;
let current = '';
/** Widths by font and text: a year step re-measures thousands of the same names. */
const widths = new Map<string, number>();
/** Fonts found loaded (they stay loaded): `document.fonts.check` is slow over thousands of names. */
const loaded = new Set<string>();

/**
 * A label's box in CSS px: the text's width in its font plus the halo, one line high. Falls back to
 * an average letter width where no 2D canvas exists (unit tests).
 */
export function measureLabel(
  text: string,
  size: number,
  family: string | readonly string[],
): { w: number; h: number } {
  if (context === undefined)
    context =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  let width = text.length * size * 0.6;
  if (context) {
    const families = typeof family === 'string' ? [family] : family;
    const font = `${size}px ${families.map((f) => `"${f}"`).join(', ')}, sans-serif`;
    const key = `${font}|${text}`;
    const known = widths.get(key);
    if (known === undefined) {
      // Setting a canvas font parses it: set again only when it changed or was still loading.
      if (font !== current || !loaded.has(font)) context.font = current = font;
      width = context.measureText(text).width;
      // Measured before the web font loaded, a width would stay wrong: keep only loaded ones.
      if (loaded.has(font) || (document.fonts.check(font) && loaded.add(font)))
        widths.set(key, width);
    } else width = known;
  }
  const halo = 0.25 * size;
  return { w: width * 1.04 + 2 * halo, h: size * 1.2 + halo };
}
