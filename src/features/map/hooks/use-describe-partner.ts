import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '@/hooks/use-labels';
import { usePartners } from '@/hooks/use-partners';

/** Tooltip text: name, country, date and fields in words (never colour alone). Called on every pointer move. */
export function useDescribePartner() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { byId } = usePartners();
  return useCallback(
    (id: string) => {
      const p = byId.get(id);
      if (!p) return id;
      const fields = p.fields.length ? p.fields.map(labels.field).join(', ') : t('panel.noFields');
      return `${p.name[labels.lang]} — ${labels.country(p.country)} · ${labels.date(p) ?? t('panel.dateUnknown')} · ${fields}`;
    },
    [byId, labels, t],
  );
}
