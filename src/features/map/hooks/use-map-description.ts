import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePartners } from '@/hooks/use-partners';
import { visiblePartners } from '@/lib/view/visibility';
import { firstSignedYear } from '@/lib/view/year';
import { useDeferredFilters } from '@/hooks/use-deferred-filters';
import { useUiStore } from '@/stores/ui-store';

/** "N partners in M countries, first signed YYYY", computed from what is shown. */
export function useMapDescription(): string {
  const { t } = useTranslation();
  const { partners } = usePartners();
  const { year, fields } = useDeferredFilters();
  const lang = useUiStore((s) => s.lang);
  return useMemo(() => {
    const shown = visiblePartners(partners, year, fields);
    const first = firstSignedYear(shown);
    return t('map.description', {
      count: shown.length,
      countries: t('comparison.countries', {
        count: new Set(shown.map((p) => p.country)).size,
        lng: lang,
      }),
      first: first === null ? '' : t('map.firstSigned', { year: first }),
      lng: lang,
    });
  }, [partners, year, fields, lang, t]);
}
