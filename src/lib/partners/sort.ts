import { dateSortKey } from '@/lib/schema/dates';
import type { Lang, Partner } from '@/types/partner';

export type SortKey = 'name' | 'country' | 'date' | 'relation';

export function sortPartners(
  partners: readonly Partner[],
  key: SortKey,
  lang: Lang,
  country: (code: string) => string,
  strength: (relation: string) => number,
): Partner[] {
  const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en', { sensitivity: 'base' });
  const byName = (a: Partner, b: Partner) =>
    collator.compare(a.name[lang], b.name[lang]) || a.id.localeCompare(b.id);
  const compare: Record<SortKey, (a: Partner, b: Partner) => number> = {
    name: byName,
    country: (a, b) => collator.compare(country(a.country), country(b.country)) || byName(a, b),
    date: (a, b) => dateSortKey(a.date) - dateSortKey(b.date) || a.id.localeCompare(b.id),
    relation: (a, b) => strength(b.relation) - strength(a.relation) || byName(a, b),
  };
  return [...partners].sort(compare[key]);
}
