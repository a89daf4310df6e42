import { useQuery } from '@tanstack/react-query';
import { fetchText } from '@/api/data-error';
import type { Table } from '@/lib/partners-file/table';
import { readDeployed } from '../lib/sheet-client';

export interface Deployed {
  table: Table;
}

/** The published partners file as the sheet the studio starts from and compares against (read in the worker). */
export function useDeployed(url: string) {
  return useQuery({
    queryKey: ['studio', 'deployed', url],
    queryFn: async ({ signal }): Promise<Deployed> => {
      const text = await fetchText(url, signal);
      return { table: (await readDeployed(text)).table };
    },
  });
}
