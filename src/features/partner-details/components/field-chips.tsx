import { useTranslation } from 'react-i18next';
import type { Labels } from '@/hooks/use-labels';
import { fieldColorScale, NEUTRAL_COLOR } from '@/lib/scales';
import { useConfig } from '@/api/config';

interface Props {
  fields: readonly string[];
  labels: Labels;
}

/** Fields as chips with text, never colour alone; the primary field first. */
export function FieldChips({ fields, labels }: Props) {
  const { t } = useTranslation();
  const config = useConfig();
  const color = fieldColorScale(config.fields);
  if (fields.length === 0) {
    return (
      <p className="chips">
        <span className="chip">
          <span className="swatch" style={{ background: NEUTRAL_COLOR }} aria-hidden="true" />
          {t('panel.noFields')}
        </span>
      </p>
    );
  }
  return (
    <p className="chips">
      {fields.map((f) => (
        <span key={f} className="chip">
          <span className="swatch" style={{ background: color(f) }} aria-hidden="true" />
          {labels.field(f)}
        </span>
      ))}
    </p>
  );
}
