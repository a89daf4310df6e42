import type { ModeProfile } from '@/lib/modes/profiles';

/**
 * Map type and strokes: the mode's own scale (the kiosk's) in proportion to the window's shorter
 * side, or the page's root font size, which grows on 4K and presenter screens. Read once, for the
 * style and the engine alike.
 */
export function typeScale(profile: ModeProfile): number {
  const scale =
    profile.mapScale === null
      ? (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16) / 16
      : (profile.mapScale * Math.min(innerWidth, innerHeight)) / 1080;
  return Math.min(2.2, Math.max(1, scale));
}

/** Half the tap box around the pointer: the profile's tap target around the smallest marker (radius 4). */
export function hitRadius(profile: ModeProfile, scale: number): number {
  return Math.max(6 * scale, profile.tapTarget / 2 - 4 * scale);
}
