import type { Partner } from '@/types/partner';

/**
 * The view's year, the one encoding used everywhere: a calendar year shows the partners signed in
 * or before it; `null` is "today", which also shows the undated ones.
 */
export type ViewYear = number | null;

export interface YearRange {
  first: number;
  /** The current calendar year: the slider's last position, "today". */
  current: number;
}

export function firstSignedYear(partners: readonly Partner[]): number | null {
  let first: number | null = null;
  for (const p of partners)
    if (p.date && (first === null || p.date.year < first)) first = p.date.year;
  return first;
}

/** From the earliest signed year to "today" (the current calendar year); at least one year wide. */
export function yearRange(
  partners: readonly Partner[],
  currentYear = new Date().getFullYear(),
): YearRange {
  const first = firstSignedYear(partners) ?? currentYear - 1;
  return { first: Math.min(first, currentYear - 1), current: currentYear };
}

/** The cumulative-year rule: below the first year → the first year; this year or later → today (null). */
export function clampYear(year: ViewYear, range: YearRange): ViewYear {
  if (year === null || year >= range.current) return null;
  return Math.max(year, range.first);
}

/** A slider or histogram position as a view year: its last position is today. */
export function yearAt(position: number, range: YearRange): ViewYear {
  return clampYear(position, range);
}

/** Where a view year sits on the slider. */
export function positionOf(year: ViewYear, range: YearRange): number {
  return year ?? range.current;
}

/** At year Y, partners signed in or before Y show; at today (null) undated ones show too. */
export function signedBy(signed: number | null, year: ViewYear): boolean {
  if (year === null) return true;
  return signed !== null && signed <= year;
}

/** Signing-year order, undated last (label priority, tours). */
export function compareSigned(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}
