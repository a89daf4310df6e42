import { yearAt, type ViewYear, type YearRange } from '@/lib/view/year';

export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** One step at 1× lasts this long. */
export const STEP_MS = 1400;

/** The next year of playback; `null` is "today". Returns `done` when playback should stop. */
export function nextPlaybackYear(
  year: ViewYear,
  range: YearRange,
  loop: boolean,
): { year: ViewYear; done: boolean } {
  if (year === null) return loop ? { year: range.first, done: false } : { year: null, done: true };
  return { year: yearAt(year + 1, range), done: false };
}

/** Where Play starts: from the first year when standing at "today". */
export function playbackStart(year: ViewYear, range: YearRange): ViewYear {
  return year === null ? range.first : year;
}

export interface PlaybackTimerOptions {
  range: YearRange;
  getYear: () => ViewYear;
  setYear: (year: ViewYear) => void;
  /** Steps per STEP_MS; the timeline's speed (0.5×–4×), faster under a soak test's time scale. */
  getSpeed: () => number;
  getLoop: () => boolean;
  onEnd: () => void;
}

/** Runs playback on timers; the caller owns the state. Stop with the returned function. */
export function startPlayback(options: PlaybackTimerOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    timer = setTimeout(step, STEP_MS / options.getSpeed());
  };
  const step = () => {
    const { year, done } = nextPlaybackYear(options.getYear(), options.range, options.getLoop());
    if (done) {
      options.onEnd();
      return;
    }
    options.setYear(year);
    // Stop at "today" unless looping; the last frame stays on screen.
    if (year === null && !options.getLoop()) {
      options.onEnd();
      return;
    }
    schedule();
  };
  const start = playbackStart(options.getYear(), options.range);
  if (start !== options.getYear()) options.setYear(start);
  schedule();
  return () => clearTimeout(timer);
}
