import type { DefaultOptions } from '@tanstack/react-query';
import { isRetryable } from '@/api/data-error';

export const queryConfig = {
  queries: {
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: (failureCount, error) => isRetryable(error) && failureCount < 3,
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
  },
} satisfies DefaultOptions;
