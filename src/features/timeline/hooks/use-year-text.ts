import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { usePartners } from '@/hooks/use-partners';
import { yearText } from '@/lib/view/year-text';
import type { ViewYear } from '@/lib/view/year';
import { useUiStore } from '@/stores/ui-store';

/** Describes a year for screen readers and the slider: "2012 — 12 partners" / "Today — 50 partners". */
export function useYearText() {
  const { t } = useTranslation();
  const { partners } = usePartners();
  const fields = useUiStore((s) => s.fields);
  return useCallback(
    (year: ViewYear) => yearText(partners, year, fields, t),
    [partners, fields, t],
  );
}
