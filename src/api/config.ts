import { queryOptions, useQuery } from '@tanstack/react-query';
import { configSchema, type AppConfig } from '@/lib/schema/config-schema';
import { DataError, fetchText } from './data-error';

export const CONFIG_URL = 'data/config.json';

export async function fetchConfig(signal?: AbortSignal): Promise<AppConfig> {
  const text = await fetchText(CONFIG_URL, signal).catch((error: unknown) => {
    if (error instanceof DataError) throw new DataError('config', error.message, { ...error });
    throw error;
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DataError('config', `${CONFIG_URL} is not valid JSON`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `${CONFIG_URL}: ${i.path.join('.')}: ${i.message}`,
    );
    throw new DataError('config', lines[0] ?? 'invalid config', { detail: lines.join('\n') });
  }
  return parsed.data;
}

export const configQueryOptions = () =>
  queryOptions({ queryKey: ['config'], queryFn: ({ signal }) => fetchConfig(signal) });

/** The config query itself, for the app's loading and error states. */
export function useConfigQuery() {
  return useQuery(configQueryOptions());
}

/** The loaded config, for features (the app renders them only once it has loaded). */
export function useConfig(): AppConfig {
  const { data } = useConfigQuery();
  if (!data) throw new Error('useConfig() was called before the config loaded');
  return data;
}
