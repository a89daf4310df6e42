// A self-healing reload lands straight in the attract loop. The mark rides in history.state, which
// survives a reload: nothing is stored and nothing is written to the URL.

import { REFRESH_DATA, type RefreshDataMessage } from '@/sw/messages';

const KEY = 'partnerMapKiosk';
const SW_WAIT_MS = 10_000;

interface Mark {
  attract: boolean;
  reloads: number;
}

function readMark(state: unknown): Mark | null {
  if (typeof state !== 'object' || state === null) return null;
  const mark = (state as Record<string, unknown>)[KEY];
  if (typeof mark !== 'object' || mark === null) return null;
  const { attract, reloads } = mark as Record<string, unknown>;
  return {
    attract: attract === true,
    reloads: typeof reloads === 'number' && reloads >= 0 ? reloads : 0,
  };
}

function writeMark(mark: Mark) {
  const state: unknown = window.history.state;
  const base = typeof state === 'object' && state !== null ? state : {};
  window.history.replaceState({ ...base, [KEY]: mark }, '');
}

/** Read once when the kiosk code loads: did a self-healing reload bring us here? */
export const landing = ((): Mark => {
  if (typeof window === 'undefined') return { attract: false, reloads: 0 };
  const mark = readMark(window.history.state) ?? { attract: false, reloads: 0 };
  // Taken once: a later manual reload (F5 by staff) starts normally.
  if (mark.attract) writeMark({ ...mark, attract: false });
  return mark;
})();

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
