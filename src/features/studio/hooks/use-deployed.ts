import { useQuery } from '@tanstack/react-query';
import { fetchText } from '@/api/data-error';
import type { Table } from '@/lib/partners-file/table';
import { tableFromCollectionText } from '../lib/read-sheet';

export interface Deployed {
  table: Table;
}

/** The published partners file as the sheet the studio starts from and compares against. */
export function useDeployed(url: string) {
  return useQuery({
    queryKey: ['studio', 'deployed', url],
    queryFn: async ({ signal }): Promise<Deployed> => {
      const text = await fetchText(url, signal);
      return { table: tableFromCollectionText(text) };
    },
  });
}
