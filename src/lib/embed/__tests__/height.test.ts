import { describe, expect, it } from 'vitest';
import { preferredHeight } from '../height';

describe('preferredHeight: from the width only', () => {
  it.each([
    [320, 569],
    [360, 640],
    [400, 711],
    [719, 760],
    [720, 540],
    [800, 600],
    [1024, 768],
    [1600, 900],
  ])('%i px wide → %i px tall', (width, height) => {
    expect(preferredHeight(width)).toBe(height);
  });

  it('has a sane answer for nonsense', () => {
    expect(preferredHeight(0)).toBe(640);
    expect(preferredHeight(Number.NaN)).toBe(640);
  });

  it('never goes below 540 px or above 900 px', () => {
    for (let w = 200; w <= 4000; w += 7) {
      const h = preferredHeight(w);
      expect(h).toBeGreaterThanOrEqual(540);
      expect(h).toBeLessThanOrEqual(900);
    }
  });
});
