import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { partnersQueryOptions } from '@/api/partners';
import type { AppConfig } from '@/lib/schema/config-schema';
import type { ValidationResult } from '@/lib/schema/validate-partners';
import type { Partner } from '@/types/partner';

/**
 * The map, legend, timeline and details read the partners query; the preview puts the edited
 * rows there, in memory (no storage, no blob: fetch). The published file is refetched on reload.
 * While the preview is hidden the map is not handed edits: a hidden map's frames are drawn by the
 * software GPU only when it shows again, all at once; shown, it draws the latest rows once.
 */
export function usePreviewData(
  config: AppConfig,
  file: string,
  partners: Partner[] | undefined,
  shown: boolean,
) {
  const client = useQueryClient();
  useEffect(() => {
    if (!partners || !shown) return;
    const result: ValidationResult = { partners, problems: [], warnings: [] };
    client.setQueryData(partnersQueryOptions(file, config).queryKey, result);
  }, [client, config, file, partners, shown]);
}
