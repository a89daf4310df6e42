import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_URL_STATE } from '@/lib/url/url-state';
import { resetStore } from '@/testing/view-fixture';
import { useUiStore } from '../ui-store';

afterEach(() => vi.restoreAllMocks());

describe('config.languages: what a deployment offers', () => {
  it('a URL language the deployment does not offer falls back to defaultLang, with a warning', () => {
    resetStore(2026);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    useUiStore.getState().hydrate({ ...EMPTY_URL_STATE, lang: 'en' }, 'vi', undefined, ['vi']);
    expect(useUiStore.getState().lang).toBe('vi');
    expect(warn).toHaveBeenCalledWith('Ignoring ?lang=en: this map offers vi');
  });

  it('setLang (embed, console, menu) ignores a language outside the offer', () => {
    resetStore(2026);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    useUiStore.getState().hydrate(EMPTY_URL_STATE, 'vi', undefined, ['vi']);
    useUiStore.getState().setLang('en');
    expect(useUiStore.getState().lang).toBe('vi');
    expect(warn).toHaveBeenCalledOnce();
  });

  it('the code default offers vi and en', () => {
    resetStore(2026);
    useUiStore.getState().hydrate({ ...EMPTY_URL_STATE, lang: 'en' }, 'vi');
    expect(useUiStore.getState().lang).toBe('en');
    useUiStore.getState().setLang('vi');
    expect(useUiStore.getState().lang).toBe('vi');
  });
});
