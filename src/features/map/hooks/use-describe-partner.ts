import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '@/hooks/use-labels';
import { usePartners } from '@/hooks/use-partners';
import { nativeNamesToShow } from '@/lib/partners/native-name';
import type { TooltipNative } from '../engine/map-tooltip';

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

/** The partner's own names for its tooltip, after its name; repeats of its names dropped. */
export function useTooltipNative() {
  const labels = useLabels();
  const { byId } = usePartners();
  return useCallback(
    (id: string): TooltipNative | undefined => {
      const p = byId.get(id);
      if (!p) return undefined;
      const names = nativeNamesToShow(p.nativeName, [p.name.vi, p.name.en]);
      return { after: p.name[labels.lang], names };
    },
    [byId, labels],
  );
}
