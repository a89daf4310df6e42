// Exists for e2e, `npm run soak` and the bench only: Playwright's addInitScript sets
// `window.__partnerMapTimeScale` before the page loads to shorten the kiosk and playback timers.
// It is read once here, at startup; never from the URL, and never written anywhere.

declare global {
  interface Window {
    __partnerMapTimeScale?: unknown;
  }
}

/** A number in (0, 1]; anything else means 1 (real time). */
export function readTimeScale(value: unknown): number {
  return typeof value === 'number' && value > 0 && value <= 1 ? value : 1;
}

/** Multiplies timer durations: 1 in production. */
export const TIME_SCALE = readTimeScale(
  typeof window === 'undefined' ? undefined : window.__partnerMapTimeScale,
);
