import type { ResourceLanguage } from 'i18next';

/**
 * The on-demand strings files (`locales/<part>/<lang>.json`). A module of its own, loaded with the
 * first part asked for: its table of 70-odd file names stays off the first view.
 */
export const partFiles = import.meta.glob<ResourceLanguage>('./locales/*/*.json', {
  import: 'default',
});
