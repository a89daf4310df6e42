import { useEffect, useLayoutEffect } from 'react';
import type { AppConfig } from '@/lib/schema/config-schema';
import { FLAG_KEYS, flagParams, parseFlags } from '@/lib/url/render-flags';
import { shallow } from 'zustand/shallow';
import { parseUrlState, serializeUrlState } from '@/lib/url/url-state';
import { urlStateOf, useUiStore } from '@/stores/ui-store';
import type { Lang } from '@/types/partner';
import { switchLang } from '@/i18n/i18n';

/** Reads the URL into the store once the config is known. Returns true when done. */
export function useHydrateFromUrl(config: AppConfig | undefined): boolean {
  const done = useUiStore((s) => s.hydrated);
  useLayoutEffect(() => {
    if (!config || done) return;
    const { state, warnings } = parseUrlState(window.location.search, {
      fieldIds: config.fields.map((f) => f.id),
      knownExtra: FLAG_KEYS,
    });
    for (const w of warnings) console.warn(w);
    useUiStore.getState().hydrate(state, config.defaultLang, parseFlags(window.location.search));
    applyLang(useUiStore.getState().lang);
  }, [config, done]);
  useEffect(() => useUiStore.subscribe((s) => s.lang, applyLang), []);
  return done;
}

function applyLang(lang: Lang) {
  void switchLang(lang).catch((error: unknown) => console.error(error));
  document.documentElement.lang = lang;
}

/** Scrubbing the year changes the state many times a second; the URL takes at most this many writes a second. */
const URL_WRITES_PER_S = 8;

/** Every change of URL state is written with replaceState, canonical and without defaults. */
export function useUrlWriter(config: AppConfig | undefined, enabled: boolean) {
  useEffect(() => {
    if (!config || !enabled) return;
    const ctx = { defaultLang: config.defaultLang, fieldIds: config.fields.map((f) => f.id) };
    const recent: number[] = [];
    let timer: number | undefined;
    const write = () => {
      timer = undefined;
      const store = useUiStore.getState();
      // The kiosk's attract loop never writes the URL.
      if (store.attract) return;
      const extra = flagParams(store.flags);
      const query = serializeUrlState(urlStateOf(store), ctx, extra);
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        window.history.replaceState(window.history.state, '', url);
        recent.push(performance.now());
        if (recent.length > URL_WRITES_PER_S) recent.shift();
      }
    };
    // A few changes write at once; a stream of them is folded into trailing writes.
    const schedule = () => {
      if (timer !== undefined) return;
      const oldest = recent.length < URL_WRITES_PER_S ? -Infinity : (recent[0] ?? -Infinity);
      const wait = oldest + 1000 - performance.now();
      if (wait <= 0) write();
      else timer = window.setTimeout(write, wait);
    };
    write();
    // Only the URL's own fields (and what decides whether it is written) schedule a write.
    const unsubscribe = useUiStore.subscribe(
      (s) => ({ ...urlStateOf(s), attract: s.attract, flags: s.flags }),
      schedule,
      { equalityFn: shallow },
    );
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [config, enabled]);
}
