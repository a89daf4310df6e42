import { create } from 'zustand';
import { landing } from '../lib/landing';

const HOUR_MS = 3_600_000;

interface KioskHealth {
  /** Idle resets since this page load. */
  resets: number;
  /** Completed turns of the attract loop since this page load. */
  attractCycles: number;
  /** Self-healing reloads in this tab: carried across reloads in history.state, never stored. */
  reloads: number;
  countReset: () => void;
  countAttractCycle: () => void;
}

/** The operator view's figures; counts start at each reload (except `reloads`). Context losses: lib/context-losses.ts. */
export const useKioskHealth = create<KioskHealth>()((set) => ({
  resets: 0,
  attractCycles: 0,
  reloads: landing.reloads,
  countReset: () => set(({ resets }) => ({ resets: resets + 1 })),
  countAttractCycle: () => set(({ attractCycles }) => ({ attractCycles: attractCycles + 1 })),
}));

/** Context losses in the `windowMs` (an hour) before `now`. */
export function lossesWithin(losses: readonly number[], now: number, windowMs = HOUR_MS): number {
  return losses.filter((at) => now - at < windowMs).length;
}
