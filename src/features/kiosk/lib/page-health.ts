export type WorkerState = 'unsupported' | 'none' | 'active' | 'updating';

/** The service worker's state as an operator needs it: is the offline copy in place, is a new one coming? */
export async function readWorkerState(): Promise<WorkerState> {
  if (!('serviceWorker' in navigator)) return 'unsupported';
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  if (!registration) return 'none';
  if (registration.installing || registration.waiting) return 'updating';
  return registration.active ? 'active' : 'none';
}

/** Used JS heap in MB where the browser reports it (Chromium's non-standard performance.memory). */
export function readHeapMB(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize?: number } }).memory;
  return typeof memory?.usedJSHeapSize === 'number' ? memory.usedJSHeapSize / 2 ** 20 : null;
}
