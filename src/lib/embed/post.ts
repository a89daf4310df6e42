import { embedMessage } from './envelope';
import type { EmbedErrorCode, OutgoingMessage } from './protocol';

/** The origins of `config.embed.allowedOrigins` (entries may carry a path; only the origin counts). */
export function normalizeOrigins(allowed: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const entry of allowed) {
    try {
      const { origin } = new URL(entry);
      if (origin !== 'null') origins.add(origin);
    } catch {
      // the config schema only lets http(s) URLs through; anything else is skipped
    }
  }
  return [...origins];
}

/** With no allowed origins every host may drive the map; otherwise only those origins. */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return true;
  return normalizeOrigins(allowed).includes(origin);
}

/** Where outgoing messages go: `*`, or each allowed origin once. */
export function targetOrigins(allowed: readonly string[]): string[] {
  if (allowed.length === 0) return ['*'];
  return normalizeOrigins(allowed);
}

/** True inside an iframe (or any window with a parent). */
export function isFramed(win: Window = window): boolean {
  try {
    return win.parent !== win;
  } catch {
    return true;
  }
}

/**
 * Posts a message to the parent window: to `*` unless allowed origins are set, then once to each of
 * them (the browser drops the copies whose origin does not match the parent's). A no-op when the app
 * is not framed.
 */
export function postToParent(
  message: OutgoingMessage,
  allowedOrigins: readonly string[],
  win: Window = window,
): void {
  if (!isFramed(win)) return;
  for (const origin of targetOrigins(allowedOrigins)) {
    try {
      win.parent.postMessage(message, origin);
    } catch (error) {
      console.debug('partner-map: could not post to the host page', error);
    }
  }
}

/** Tells the host page that something failed: data, WebGL or the config. */
export function postEmbedError(
  code: EmbedErrorCode,
  message: string,
  allowedOrigins: readonly string[] = [],
  win: Window = window,
): void {
  postToParent(
    embedMessage('error', { code, message: message.slice(0, 2000) }),
    allowedOrigins,
    win,
  );
}
