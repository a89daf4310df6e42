import { expecting, show } from './messages';
import { z } from './zod';

export type Precision = 'year' | 'month' | 'day';
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when the text is not a real date. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return null;
  return { year, month, day, precision: 'day' };
}

/** Sort key: a year-only date counts as 1 January, a month as its first day. */
export function dateSortKey(date: PartialDate | null): number {
  if (!date) return Number.POSITIVE_INFINITY;
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

const EXPECTED = '"YYYY", "YYYY-MM" or "YYYY-MM-DD"';

export const partialDate = z.string(expecting(EXPECTED, (v) => `${show(v)} is not text`)).check(
  z.refine(
    (s) => parsePartialDate(s) !== null,
    expecting(EXPECTED, (v) =>
      typeof v === 'string' && PATTERN.test(v)
        ? `${show(v)} is not a real date`
        : `${show(v)} is not a date`,
    ),
  ),
);
