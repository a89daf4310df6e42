/** CSS font families the map's labels draw with (see map-style.ts). */
export interface LabelFont {
  regular: string;
  bold: string;
}

let context: CanvasRenderingContext2D | null | undefined;

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
    context.font = `${size}px ${families.map((f) => `"${f}"`).join(', ')}, sans-serif`;
    width = context.measureText(text).width;
  }
  const halo = 0.25 * size;
  return { w: width * 1.04 + 2 * halo, h: size * 1.2 + halo };
}
