import { useMemo } from 'react';
import { useConfig } from '@/api/config';
import { usePartners } from '@/hooks/use-partners';
import type { Labels } from '@/hooks/use-labels';
import { otherLang } from '@/i18n/i18n';
import { countryName } from '@/lib/format/countries';
import type { AppConfig } from '@/lib/schema/config-schema';
import { sortPartners } from '@/lib/partners/sort';
import { isShown } from '@/lib/view/visibility';
import { foldText, matchesKey, searchKey } from '@/lib/text-search';
import { useDeferredFilters } from '@/hooks/use-deferred-filters';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';

/**
 * Partners shown at the current year and fields, matching the search, in the chosen order. Sorting
 * and the search text follow the data, sort and language; a year step only filters.
 */
export function useListedPartners(labels: Labels) {
  const config = useConfig();
  const { partners } = usePartners();
  const { year, fields } = useDeferredFilters();
  const search = useUiStore((s) => s.search);
  const sort = useUiStore((s) => s.sort);
  const query = foldText(search);
  const sorted = useMemo(() => {
    const strength = new Map(config.relations.map((r) => [r.id, r.strength]));
    return sortPartners(partners, sort, labels.lang, labels.country, (r) => strength.get(r) ?? 0);
  }, [config, partners, labels, sort]);
  const searching = query !== '';
  const keys = useMemo(
    () =>
      searching
        ? new Map(partners.map((p) => [p.id, searchKey(haystack(p, config, labels))]))
        : null,
    [config, partners, labels, searching],
  );
  return useMemo(
    () =>
      sorted.filter(
        (p) => isShown(p, year, fields) && (!keys || matchesKey(keys.get(p.id) ?? '', query)),
      ),
    [sorted, keys, query, year, fields],
  );
}

/** Both names, the id and the country in both languages. */
function haystack(p: Partner, config: AppConfig, labels: Labels): string {
  const other = countryName(p.country, otherLang(labels.lang), config.countryNames);
  return [p.name.vi, p.name.en, p.id, labels.country(p.country), other].join(' ');
}
