import i18next from 'i18next';
import en from '../locales/en.json';
import vi from '../locales/vi.json';

// The studio's strings travel with its own chunk, not the map's first view.
export const STUDIO_NS = 'studio';
for (const [lang, bundle] of [
  ['vi', vi],
  ['en', en],
] as const) {
  if (!i18next.hasResourceBundle(lang, STUDIO_NS))
    i18next.addResourceBundle(lang, STUDIO_NS, bundle);
}
