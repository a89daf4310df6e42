import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROFILES } from '@/lib/modes/profiles';
import { hitRadius, typeScale } from '../map-scale';

/** A window of a size whose root font is `root` px. */
function windowOf(width: number, height: number, root = 16) {
  vi.stubGlobal('innerWidth', width);
  vi.stubGlobal('innerHeight', height);
  vi.stubGlobal('document', { documentElement: {} });
  vi.stubGlobal('getComputedStyle', () => ({ fontSize: `${root}px` }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('typeScale', () => {
  it('gives the kiosk 17-px partner names at 1920×1080 and 1080×1920, whatever the root font', () => {
    windowOf(1920, 1080, 19.56);
    expect(12 * typeScale(PROFILES.kiosk)).toBeCloseTo(16.8);
    windowOf(1080, 1920, 25.92);
    expect(12 * typeScale(PROFILES.kiosk)).toBeCloseTo(16.8);
  });

  it('keeps laptop-sized kiosk names on a smaller kiosk and caps them on a 4K one', () => {
    windowOf(1366, 768);
    expect(typeScale(PROFILES.kiosk)).toBe(1);
    windowOf(3840, 2160);
    expect(typeScale(PROFILES.kiosk)).toBe(2.2);
  });

  it('follows the root font elsewhere', () => {
    windowOf(1920, 1080, 19.56);
    expect(typeScale(PROFILES.web)).toBeCloseTo(19.56 / 16);
    windowOf(3840, 2160, 40);
    expect(typeScale(PROFILES.present)).toBe(2.2);
  });
});

describe('hitRadius', () => {
  it('makes a 44-px tap box around the kiosk’s smallest marker (radius 4)', () => {
    const scale = 1.4;
    expect(2 * (4 * scale + hitRadius(PROFILES.kiosk, scale))).toBeGreaterThanOrEqual(44);
  });

  it('keeps the web page’s own 6 px', () => {
    expect(hitRadius(PROFILES.web, 1)).toBe(6);
  });
});
