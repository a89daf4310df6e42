import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { initI18n, loadStrings, switchLang } from '@/i18n/i18n';

// Expected texts straight from the files, not through the app's loader.
const raw = (path: string) =>
  JSON.parse(readFileSync(`src/i18n/locales/${path}.json`, 'utf8')) as Record<
    string,
    Record<string, string>
  >;

describe('strings loaded on demand (issue 19)', () => {
  it('a part loads with its feature, beside the first view’s keys of the same group', async () => {
    initI18n();
    await switchLang('vi');
    expect(i18next.exists('help.title')).toBe(false);
    expect(i18next.t('help.button')).toBe(raw('vi').help?.button);
    await loadStrings('help');
    expect(i18next.t('help.title')).toBe(raw('help/vi').help?.title);
    expect(i18next.t('help.button')).toBe(raw('vi').help?.button);
  });

  it('a language switched to later comes with every part already in use', async () => {
    await switchLang('en');
    expect(i18next.language).toBe('en');
    expect(i18next.t('help.title')).toBe(raw('help/en').help?.title);
    expect(i18next.t('help.button')).toBe(raw('en').help?.button);
    expect(i18next.exists('share.title')).toBe(false);
  });
});
