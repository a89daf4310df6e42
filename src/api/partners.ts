import { queryOptions } from '@tanstack/react-query';
import type { AppConfig } from '@/lib/schema/config-schema';
import { cleanPartners } from '@/lib/schema/clean-partners';
import type { ValidationResult } from '@/lib/schema/validate-partners';
import { DataError, fetchText } from './data-error';

export const DEFAULT_DATA_URL = 'data/partners.geojson';

/** `?data=` may only name this origin or one the config allows. */
export function resolveDataUrl(param: string | null, config: AppConfig, base: string): string {
  if (!param) return DEFAULT_DATA_URL;
  let url: URL;
  try {
    url = new URL(param, base);
  } catch {
    throw new DataError('origin', `Not a URL: ${param}`, { detail: param });
  }
  const allowed =
    url.origin === new URL(base).origin ||
    config.allowedDataOrigins.some((o) => new URL(o).origin === url.origin);
  if (!allowed || !/^https?:$/.test(url.protocol)) {
    throw new DataError('origin', `Data origin not allowed: ${url.origin}`, { detail: param });
  }
  return url.href;
}

export async function fetchPartners(
  url: string,
  config: AppConfig,
  signal?: AbortSignal,
): Promise<ValidationResult> {
  const text = await fetchText(url, signal);
  const options = {
    fieldIds: config.fields.map((f) => f.id) as [string, ...string[]],
    maxBytes: config.maxDataBytes,
  };
  const partners = cleanPartners(text, options);
  if (partners) return { partners, problems: [], warnings: [] };
  // Something to report: the validator and its texts load now, and say what in file order.
  const { formatProblem, validatePartnersText } = await import('@/lib/schema/validate-partners');
  const result = validatePartnersText(text, options);
  if (result.fatal) {
    throw new DataError(result.fatal.kind, result.fatal.problem.message, {
      detail: `${url}: ${result.fatal.problem.path}: ${result.fatal.problem.message}`,
    });
  }
  for (const w of result.warnings) console.warn(formatProblem(url, w));
  return result;
}

export const partnersQueryOptions = (url: string, config: AppConfig) =>
  queryOptions({
    queryKey: ['partners', url],
    queryFn: ({ signal }) => fetchPartners(url, config, signal),
  });
