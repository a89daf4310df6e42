import type { EmbedErrorCode } from './protocol';

/**
 * Tells the host page that something failed (data, WebGL or the config). The posting code loads at
 * the first failure: no first view needs it (issue 19); an embedded page has it from its bridge.
 */
export function reportEmbedError(
  code: EmbedErrorCode,
  message: string,
  allowedOrigins: readonly string[] = [],
): void {
  void import('./post')
    .then((m) => m.postEmbedError(code, message, allowedOrigins))
    .catch((error: unknown) => console.debug('partner-map: could not tell the host page', error));
}
