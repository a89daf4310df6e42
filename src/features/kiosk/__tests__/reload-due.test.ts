import { beforeEach, describe, expect, it } from 'vitest';
import { reloadDue } from '../hooks/use-self-heal';
import { contextLosses } from '../lib/context-losses';

const minute = 60_000;
const hour = 60 * minute;

beforeEach(() => {
  contextLosses.length = 0;
});

describe('reloadDue', () => {
  it('after reloadHours of uptime', () => {
    expect(reloadDue(12, 12 * hour - 1)).toBe(false);
    expect(reloadDue(12, 12 * hour)).toBe(true);
  });

  it('after three WebGL context losses within an hour, not two, nor three spread wider', () => {
    const now = 3 * hour;
    const lose = (at: number) => contextLosses.push(at);
    lose(now - 59 * minute);
    lose(now - 30 * minute);
    expect(reloadDue(12, now)).toBe(false);
    lose(now - minute);
    expect(reloadDue(12, now)).toBe(true);
    // An hour after the first, only two are left in the window.
    expect(reloadDue(12, now + 2 * minute)).toBe(false);
  });
});
