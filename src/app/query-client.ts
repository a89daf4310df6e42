import type { DefaultOptions } from '@tanstack/react-query';
import { isRetryable, MAX_RETRIES, retryDelayMs } from '@/api/data-error';

export const queryConfig = {
  queries: {
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: (failureCount, error) => isRetryable(error) && failureCount < MAX_RETRIES,
    retryDelay: retryDelayMs,
  },
} satisfies DefaultOptions;
