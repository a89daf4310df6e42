import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { makeLabels } from '@/hooks/use-labels';
import type { AppConfig } from '@/lib/schema/config-schema';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';

/** Tooltip text: name, country, date and fields in words (never colour alone). */
export function useDescribePartner(
  config: AppConfig | undefined,
  partners: readonly Partner[] | undefined,
) {
  const { t } = useTranslation();
  const lang = useUiStore((s) => s.lang);
  return useCallback(
    (id: string) => {
      const p = partners?.find((x) => x.id === id);
      if (!p || !config) return id;
      const labels = makeLabels(config, lang);
      const fields = p.fields.length ? p.fields.map(labels.field).join(', ') : t('panel.noFields');
      return `${p.name[lang]} — ${labels.country(p.country)} · ${labels.date(p) ?? t('panel.dateUnknown')} · ${fields}`;
    },
    [config, partners, lang, t],
  );
}
