/** The app's one layout breakpoint (src/styles/frame.css): below it the list sits under the map. */
export const COMPACT_BELOW = 720;

/**
 * The iframe height the embedded app asks for, from its WIDTH alone (never its own height, so a
 * resize can never feed back into itself).
 * - Compact (< 720 px, map above the list): 9:16 portrait, 560–760 px (360 → 640).
 * - Wide (≥ 720 px, list beside the map): 4:3, 540–900 px (800 → 600).
 */
export function preferredHeight(width: number): number {
  if (!Number.isFinite(width) || width <= 0) return 640;
  if (width < COMPACT_BELOW) return clamp(Math.round((width * 16) / 9), 560, 760);
  return clamp(Math.round(width * 0.75), 540, 900);
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
