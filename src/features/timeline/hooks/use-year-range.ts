import { useMemo } from 'react';
import { firstSignedYear } from '@/lib/partners/visibility';
import type { YearRange } from '@/lib/timeline/playback';
import type { Partner } from '@/types/partner';

/** From the earliest signed year to "today" (the current calendar year). */
export function useYearRange(partners: readonly Partner[]): YearRange {
  return useMemo(() => {
    const current = new Date().getFullYear();
    return { first: Math.min(firstSignedYear(partners) ?? current - 1, current - 1), current };
  }, [partners]);
}
