import { describe, expect, it } from 'vitest';
import { lossesWithin } from '../stores/kiosk-health-store';

describe('lossesWithin', () => {
  const hour = 3_600_000;
  it('counts only the losses of the last hour', () => {
    const now = 5 * hour;
    expect(lossesWithin([now - 2 * hour, now - hour, now - hour + 1, now - 10], now)).toBe(2);
    expect(lossesWithin([], now)).toBe(0);
  });
});
