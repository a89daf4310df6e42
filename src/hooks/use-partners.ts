import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useConfigQuery } from '@/api/config';
import { DEFAULT_DATA_URL, partnersQueryOptions, resolveDataUrl } from '@/api/partners';
import type { AppConfig } from '@/lib/schema/config-schema';
import type { Problem, ValidationResult } from '@/lib/schema/validate-partners';
import { makeCatalog, type Catalog } from '@/lib/view/catalog';
import { useUiStore } from '@/stores/ui-store';

/** The partners as features use them: in data order, by id, their year range, and the records left out. */
export interface PartnerData extends Catalog {
  problems: readonly Problem[];
  /** The file they came from, as the bad-records notice names it. */
  file: string;
}

// One PartnerData per loaded file, whichever component selects it first: `byId` is built once.
const built = new WeakMap<ValidationResult, PartnerData>();

function partnerDataOf(result: ValidationResult, config: AppConfig, file: string): PartnerData {
  let data = built.get(result);
  if (!data) {
    const catalog = makeCatalog(
      result.partners,
      config.fields.map((f) => f.id),
    );
    data = { ...catalog, problems: result.problems, file };
    built.set(result, data);
  }
  return data;
}

/** The partners query, for the app's loading and error states: the `?data=` URL is resolved first. */
export function usePartnersQuery() {
  const config = useConfigQuery().data;
  const hydrated = useUiStore((s) => s.hydrated);
  const param = useUiStore((s) => s.data);
  const source = useMemo(() => {
    if (!config || !hydrated) return { url: null, error: null };
    try {
      return { url: resolveDataUrl(param, config, document.baseURI), error: null };
    } catch (error) {
      return { url: null, error };
    }
  }, [config, hydrated, param]);
  const url = source.url ?? DEFAULT_DATA_URL;
  const query = useQuery({
    ...partnersQueryOptions(url, config as AppConfig),
    enabled: Boolean(source.url && config),
    select: (result) => partnerDataOf(result, config as AppConfig, url),
  });
  return { query, urlError: source.error };
}

/** The loaded partners, for features (the app renders them only once the data has loaded). */
export function usePartners(): PartnerData {
  const { data } = usePartnersQuery().query;
  if (!data) throw new Error('usePartners() was called before the partners loaded');
  return data;
}
