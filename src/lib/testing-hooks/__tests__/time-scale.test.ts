import { describe, expect, it } from 'vitest';
import { readTimeScale } from '../time-scale';

describe('readTimeScale', () => {
  it('keeps a number in (0, 1]', () => {
    expect(readTimeScale(0.05)).toBe(0.05);
    expect(readTimeScale(1)).toBe(1);
  });

  it('treats anything else as real time', () => {
    for (const v of [undefined, null, 0, -0.5, 1.5, Number.NaN, Infinity, '0.1', {}]) {
      expect(readTimeScale(v)).toBe(1);
    }
  });
});
