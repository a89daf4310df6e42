import { useEffect } from 'react';
import { effectiveTheme, useUiStore } from '@/stores/ui-store';

const CONTRAST_QUERY = '(prefers-contrast: more), (forced-colors: active)';

/** Keeps `<html data-theme data-mode>` in step with the store, and follows the OS's contrast setting. */
export function useDocumentAttrs() {
  useEffect(() => {
    const mq = matchMedia(CONTRAST_QUERY);
    const onSystem = () => useUiStore.setState({ systemTheme: mq.matches ? 'contrast' : null });
    onSystem();
    mq.addEventListener('change', onSystem);
    const apply = () => {
      const s = useUiStore.getState();
      const root = document.documentElement;
      root.dataset.theme = effectiveTheme(s);
      root.dataset.mode = s.mode ?? 'page';
    };
    apply();
    const unsubscribe = useUiStore.subscribe(apply);
    return () => {
      mq.removeEventListener('change', onSystem);
      unsubscribe();
    };
  }, []);
}
