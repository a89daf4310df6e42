import i18next from 'i18next';
import { initI18n } from '@/i18n/i18n';
import vi from '@/i18n/locales/vi.json';
import { parsePartialDate } from '@/lib/schema/dates';
import { makeCatalog } from '@/lib/view/catalog';
import { EMPTY_URL_STATE } from '@/lib/url/url-state';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';

/** A partner record for tests (the fields the view's rules read; the rest is filler). */
export const testPartner = (id: string, signed: string | null, fields: string[]): Partner => ({
  id,
  name: { vi: `${id} (vi)`, en: `${id} (en)` },
  country: 'FR',
  kind: 'city',
  relation: 'mou',
  signed,
  date: signed ? parsePartialDate(signed) : null,
  fields,
  summary: { vi: 's', en: 's' },
  sources: [{ title: 't', url: 'https://example.org' }],
  coordinates: [0, 0],
});

export const early = testPartner('early', '1994-05', ['it']);
export const late = testPartner('late', '2020', ['ports']);
export const undated = testPartner('undated', null, []);

/** A fresh store with three partners loaded (fields `it`, `ports`), the year at today. */
export function resetStore(currentYear = new Date().getFullYear()) {
  initI18n();
  // The app loads its strings before the first render; these tests render nothing, so add them now.
  if (!i18next.hasResourceBundle('vi', 'translation'))
    i18next.addResourceBundle('vi', 'translation', vi);
  useUiStore.setState(useUiStore.getInitialState(), true);
  useUiStore.getState().hydrate(EMPTY_URL_STATE, 'en');
  useUiStore
    .getState()
    .loadCatalog(makeCatalog([early, late, undated], ['it', 'ports'], currentYear));
  return useUiStore;
}
