import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextPlaybackYear, startPlayback, STEP_MS, type Speed } from '../playback';

const range = { first: 2004, current: 2008 };

describe('nextPlaybackYear', () => {
  it('steps a year at a time, then to today after the last full year', () => {
    expect(nextPlaybackYear(2004, range, false)).toEqual({ year: 2005, done: false });
    expect(nextPlaybackYear(2007, range, false)).toEqual({ year: null, done: false });
  });
  it('ends at today, or starts over when looping', () => {
    expect(nextPlaybackYear(null, range, false)).toEqual({ year: null, done: true });
    expect(nextPlaybackYear(null, range, true)).toEqual({ year: 2004, done: false });
  });
});

describe('startPlayback (fake clock)', () => {
  let year: number | null;
  let speed: Speed;
  let loop: boolean;
  let ended: number;
  const run = () =>
    startPlayback({
      range,
      getYear: () => year,
      setYear: (y) => (year = y),
      getSpeed: () => speed,
      getLoop: () => loop,
      onEnd: () => ended++,
    });

  beforeEach(() => {
    vi.useFakeTimers();
    year = null;
    speed = 1;
    loop = false;
    ended = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('Play at today starts from the first year and advances one year per step', () => {
    run();
    expect(year).toBe(2004);
    vi.advanceTimersByTime(STEP_MS);
    expect(year).toBe(2005);
    vi.advanceTimersByTime(STEP_MS * 2);
    expect(year).toBe(2007);
  });

  it('pause stops the years', () => {
    const stop = run();
    vi.advanceTimersByTime(STEP_MS);
    stop();
    vi.advanceTimersByTime(STEP_MS * 5);
    expect(year).toBe(2005);
    expect(ended).toBe(0);
  });

  it('ends at today without looping', () => {
    run();
    vi.advanceTimersByTime(STEP_MS * 10);
    expect(year).toBeNull();
    expect(ended).toBe(1);
  });

  it('loops back to the first year', () => {
    loop = true;
    run();
    vi.advanceTimersByTime(STEP_MS * 4); // 2005, 2006, 2007, today
    expect(year).toBeNull();
    vi.advanceTimersByTime(STEP_MS);
    expect(year).toBe(2004);
    expect(ended).toBe(0);
  });

  it('speed changes the step length', () => {
    speed = 4;
    year = 2004;
    run();
    vi.advanceTimersByTime(STEP_MS / 4);
    expect(year).toBe(2005);
    speed = 0.5;
    vi.advanceTimersByTime(STEP_MS / 4); // the next step was scheduled at 4×
    expect(year).toBe(2006);
    vi.advanceTimersByTime(STEP_MS);
    expect(year).toBe(2006);
    vi.advanceTimersByTime(STEP_MS);
    expect(year).toBe(2007);
  });

  it('resumes from the year it stands on', () => {
    year = 2006;
    run();
    expect(year).toBe(2006);
    vi.advanceTimersByTime(STEP_MS);
    expect(year).toBe(2007);
  });
});
