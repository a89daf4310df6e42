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

/** A page about to reload asks the worker to fetch every cached data file anew; it answers on the port. */
export const REFRESH_DATA = 'partner-map:refresh-data';

export interface RefreshDataMessage {
  type: typeof REFRESH_DATA;
}

export function isRefreshDataMessage(value: unknown): value is RefreshDataMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === REFRESH_DATA
  );
}
