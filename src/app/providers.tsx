import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { queryConfig } from './query-client';

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: queryConfig }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
