import { useEffect } from 'react';
import { shallow } from 'zustand/shallow';
import { effectiveTheme, selectModeName, useUiStore } from '@/stores/ui-store';

const CONTRAST_QUERY = '(prefers-contrast: more), (forced-colors: active)';

/** Keeps `<html data-theme data-mode>` in step with the store, and follows the OS's contrast setting. */
export function useDocumentAttrs() {
  useEffect(() => {
    const mq = matchMedia(CONTRAST_QUERY);
    const onSystem = () => useUiStore.setState({ systemTheme: mq.matches ? 'contrast' : null });
    onSystem();
    mq.addEventListener('change', onSystem);
    const unsubscribe = useUiStore.subscribe(
      (s) => ({ theme: effectiveTheme(s), mode: selectModeName(s) }),
      ({ theme, mode }) => {
        document.documentElement.dataset.theme = theme;
        document.documentElement.dataset.mode = mode;
      },
      { equalityFn: shallow, fireImmediately: true },
    );
    return () => {
      mq.removeEventListener('change', onSystem);
      unsubscribe();
    };
  }, []);
}
