import { useMemo } from 'react';
import type { Labels } from '@/hooks/use-labels';
import { otherLang } from '@/i18n/i18n';
import { countryName } from '@/lib/format/countries';
import type { AppConfig } from '@/lib/schema/config-schema';
import { sortPartners } from '@/lib/partners/sort';
import { visiblePartners } from '@/lib/partners/visibility';
import { matchesQuery } from '@/lib/text-search';
import { useDeferredFilters } from '@/hooks/use-deferred-filters';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';

/** Partners shown at the current year and fields, matching the search, in the chosen order. */
export function useListedPartners(config: AppConfig, partners: readonly Partner[], labels: Labels) {
  const { year, fields } = useDeferredFilters();
  const search = useUiStore((s) => s.search);
  const sort = useUiStore((s) => s.sort);
  return useMemo(() => {
    const strength = new Map(config.relations.map((r) => [r.id, r.strength]));
    const matching = visiblePartners(partners, year, fields).filter((p) =>
      matchesQuery(
        [p.name.vi, p.name.en, p.id, countryNameBoth(p, config, labels)].join(' '),
        search,
      ),
    );
    return sortPartners(matching, sort, labels.lang, labels.country, (r) => strength.get(r) ?? 0);
  }, [config, partners, labels, year, fields, search, sort]);
}

function countryNameBoth(p: Partner, config: AppConfig, labels: Labels): string {
  // Both languages, through the cached Intl.DisplayNames (this runs for every partner on every search).
  const other = countryName(p.country, otherLang(labels.lang), config.countryNames);
  return `${labels.country(p.country)} ${other}`;
}
