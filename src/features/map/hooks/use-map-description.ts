import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { firstSignedYear, visiblePartners } from '@/lib/partners/visibility';
import { useDeferredFilters } from '@/hooks/use-deferred-filters';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';

/** "N partners in M countries, first signed YYYY", computed from what is shown. */
export function useMapDescription(partners: readonly Partner[]): string {
  const { t } = useTranslation();
  const { year, fields } = useDeferredFilters();
  const lang = useUiStore((s) => s.lang);
  return useMemo(() => {
    const shown = visiblePartners(partners, year, fields);
    const first = firstSignedYear(shown);
    return t('map.description', {
      count: shown.length,
      countries: new Set(shown.map((p) => p.country)).size,
      first: first === null ? '' : t('map.firstSigned', { year: first }),
      lng: lang,
    });
  }, [partners, year, fields, lang, t]);
}
