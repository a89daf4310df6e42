/** Shared by the service worker and the page: no DOM or worker types here. */

/** Cache Storage name for `data/**` (stale-while-revalidate); the precache is Workbox's own. */
export const DATA_CACHE = 'partner-map-data';

export const DATA_UPDATED = 'partner-map:data-updated';

export interface DataUpdatedMessage {
  type: typeof DATA_UPDATED;
  /** The data file whose newer version is now in the cache. */
  url: string;
}

export function isDataUpdatedMessage(value: unknown): value is DataUpdatedMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === DATA_UPDATED &&
    typeof (value as { url?: unknown }).url === 'string'
  );
}
