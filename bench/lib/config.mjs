// Paths, pages, sizes and time limits the bench shares.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT_DIR = join(root, 'bench/results/dist');
export const CONFIG = 'bench/vite.bench.config.ts';
export const VITE = join(root, 'node_modules/vite/bin/vite.js');

export const VARIANTS = ['app', 'floor', 'markers'];
export const VARIANT_LABEL = { app: 'app', floor: 'floor', markers: 'DOM markers' };
export const VIEWPORT = { width: 1280, height: 800 };
export const HD = { width: 1920, height: 1080 };
export const UHD = { width: 3840, height: 2160 };

// Every wait is bounded in time; every loop in count.
export const LIMITS = {
  serverStartMs: 30_000,
  loadMs: 120_000,
  scrubMs: 3_000,
  scrubMaxMs: 30_000,
  scrubSettleMs: 15_000,
  runMs: 240_000,
  panMs: 5_000,
  // A run pans until it has this many frames (pooled over runs for the p95), within panMaxMs.
  panMinFrames: 120,
  panMaxMs: 30_000,
  panLegMs: 2_000,
  panSpeedPxPerS: 300,
  settleMs: 300,
  idleMs: 10_000,
  quickPairBeforeMs: 240_000,
};

export const log = (...parts) => console.error(...parts);
