import type { Partner } from '@/types/partner';

export interface YearBin {
  year: number;
  /** Signings that year, by primary field id ('' when none is recorded), in field order. */
  byField: { field: string; count: number }[];
  total: number;
}

/** Agreements signed per year, stacked by primary field; undated partners have no bar. */
export function yearHistogram(
  partners: readonly Partner[],
  fieldOrder: readonly string[],
  first: number,
  last: number,
): YearBin[] {
  const order = [...fieldOrder, ''];
  const bins = new Map<number, Map<string, number>>();
  for (const p of partners) {
    if (!p.date || p.date.year < first || p.date.year > last) continue;
    const field = p.fields[0] ?? '';
    const bin = bins.get(p.date.year) ?? new Map<string, number>();
    bin.set(field, (bin.get(field) ?? 0) + 1);
    bins.set(p.date.year, bin);
  }
  const result: YearBin[] = [];
  for (let year = first; year <= last; year++) {
    const bin = bins.get(year);
    const byField = order
      .filter((f) => bin?.has(f))
      .map((f) => ({ field: f, count: bin?.get(f) ?? 0 }));
    result.push({ year, byField, total: byField.reduce((s, b) => s + b.count, 0) });
  }
  return result;
}

/** Partners whose signing year is exactly `year`: "new this year". */
export function signedIn(partners: readonly Partner[], year: number): Partner[] {
  return partners.filter((p) => p.date?.year === year);
}
