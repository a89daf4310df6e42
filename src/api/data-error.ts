export type DataErrorKind =
  'http' | 'network' | 'not-json' | 'not-collection' | 'empty' | 'too-big' | 'config' | 'origin';

/** A loading failure with the one thing the user needs to hear about it. */
export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly status?: number;
  readonly detail?: string;

  constructor(
    kind: DataErrorKind,
    message: string,
    options: { status?: number; detail?: string } = {},
  ) {
    super(message);
    this.name = 'DataError';
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.detail !== undefined) this.detail = options.detail;
  }
}

/** Network and 5xx failures are worth retrying; a 404 or a broken file is not. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof DataError)) return false;
  return error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500);
}

/** Retries after a retryable failure: up to 3, after 1 s, 2 s and 4 s. */
export const MAX_RETRIES = 3;

/** How long the query waits after its `attempt`-th failure (counted from 0) before trying again. */
export function retryDelayMs(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 8000);
}

export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataError('network', `Could not reach ${url}`);
  }
  if (!response.ok)
    throw new DataError('http', `${url}: HTTP ${response.status}`, { status: response.status });
  return response.text();
}
