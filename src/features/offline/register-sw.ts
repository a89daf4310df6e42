import { useSyncExternalStore } from 'react';
import { isDataUpdatedMessage } from '@/sw/messages';
import { useUiStore } from '@/stores/ui-store';
import { afterFirstView } from '@/lib/map-settled';

/**
 * Registers the offline service worker (built from src/sw/sw.ts). When the worker reports a newer
 * data file than the page shows, its URL is kept here for the update notice and the store's
 * `dataUpdateReady` is set for the modes that apply it at their next reset.
 */

let updatedUrl: string | null = null;
const listeners = new Set<() => void>();

function setUpdated(url: string) {
  updatedUrl = url;
  useUiStore.setState({ dataUpdateReady: true });
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The URL of a data file with a newer version waiting in the cache, or null. */
export function useDataUpdate(): string | null {
  return useSyncExternalStore(subscribe, () => updatedUrl);
}

/** Shows the newer data: the worker serves it from its cache on the reload. */
export function applyDataUpdate() {
  window.location.reload();
}

/**
 * Listens to the worker from the first moment (a message sent before a listener is lost) and
 * registers it once the first view is on screen, so its precache does not compete with the first map.
 */
export function registerServiceWorker() {
  // Dev serves modules from memory; a worker there would cache stale code.
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  container.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isDataUpdatedMessage(event.data)) setUpdated(event.data.url);
  });
  container.startMessages();
  void afterFirstView.then(() => import('./sw-register')).then((m) => m.register(container));
}

registerServiceWorker();
