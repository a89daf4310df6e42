import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { shownAtYear, visiblePartners } from '@/lib/partners/visibility';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';

/** Describes a year for screen readers and the slider: "2012 — 12 partners" / "Today — 50 partners". */
export function useYearText(partners: readonly Partner[]) {
  const { t } = useTranslation();
  const fields = useUiStore((s) => s.fields);
  return useCallback(
    (year: number | null) =>
      t('timeline.valueText', {
        year: year ?? t('timeline.todayCap'),
        count: visiblePartners(partners, year, fields).length,
      }),
    [partners, fields, t],
  );
}

/** Sets the year; deselects a partner signed later (with a notice) and announces the change. */
export function useChangeYear(partners: readonly Partner[]) {
  const { t } = useTranslation();
  const yearText = useYearText(partners);
  return useCallback(
    (year: number | null) => {
      const store = useUiStore.getState();
      if (year === store.year) return;
      store.setYear(year);
      const selected = partners.find((p) => p.id === store.partner);
      if (selected && !shownAtYear(selected, year)) {
        const notice = t('notice.deselected', { name: selected.name[store.lang], year });
        store.select(null);
        store.setNotice(notice);
        store.announce(`${yearText(year)}. ${notice}`);
        return;
      }
      store.announce(yearText(year));
    },
    [partners, t, yearText],
  );
}
