import { serializeUrlState, type SerializeContext, type UrlState } from './url-state';

/** A link to the current view for another device: no kiosk mode or idle timer, on the public URL if set. */
export function deepLink(
  state: UrlState,
  ctx: SerializeContext,
  publicUrl: string | null,
  pageUrl: string,
): string {
  const base = new URL(publicUrl ?? pageUrl);
  base.search = '';
  base.hash = '';
  return `${base.href}${serializeUrlState({ ...state, mode: null, idle: null, health: false }, ctx)}`;
}
