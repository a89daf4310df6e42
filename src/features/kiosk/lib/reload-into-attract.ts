// The self-healing reload's steps (the landing's mark: landing.ts). Loaded after the first view.

import { REFRESH_DATA, type RefreshDataMessage } from '@/sw/messages';
import { writeMark } from './landing';

const SW_WAIT_MS = 10_000;

/** Lets a newer service-worker version take over (it activates itself, see src/sw/sw.ts), briefly. */
export async function activateWaitingWorker(container = navigator.serviceWorker): Promise<void> {
  if (!container) return;
  const registration = await container.getRegistration().catch(() => undefined);
  if (!registration) return;
  await registration.update().catch(() => undefined);
  const next = registration.installing ?? registration.waiting;
  if (!next) return;
  await new Promise<void>((resolve) => {
    const timer = window.setTimeout(resolve, SW_WAIT_MS);
    container.addEventListener(
      'controllerchange',
      () => {
        window.clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** Asks the controlling worker to fetch its cached data files anew, and waits for it (briefly). */
export async function refreshData(container = navigator.serviceWorker): Promise<void> {
  const worker = container?.controller;
  if (!worker) return;
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    const timer = window.setTimeout(resolve, SW_WAIT_MS);
    channel.port1.onmessage = () => {
      window.clearTimeout(timer);
      channel.port1.close();
      resolve();
    };
    const message: RefreshDataMessage = { type: REFRESH_DATA };
    worker.postMessage(message, [channel.port2]);
  });
}

let reloading = false;
const INPUT_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Reloads into the attract loop: a newer app version takes over first, then the worker fetches the
 * newest data into its cache, so the fresh page starts with both. A visitor who arrives meanwhile
 * keeps the page: the reload waits for the next idle.
 */
export async function reloadIntoAttract(
  reloads: number,
  container: ServiceWorkerContainer | undefined = navigator.serviceWorker,
): Promise<void> {
  if (reloading) return;
  reloading = true;
  let visitor = false;
  const onInput = () => (visitor = true);
  const options = { capture: true, passive: true } as const;
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, options);
  try {
    await activateWaitingWorker(container);
    await refreshData(container);
  } finally {
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, options);
  }
  if (visitor) {
    reloading = false;
    return;
  }
  writeMark({ attract: true, reloads: reloads + 1 });
  window.location.reload();
}
