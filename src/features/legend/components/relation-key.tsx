import { useTranslation } from 'react-i18next';
import { useLabels } from '@/hooks/use-labels';
import { useConfig } from '@/api/config';

/** How relation types are drawn: line style and marker size by strength. */
export function RelationKey() {
  const { t } = useTranslation();
  const config = useConfig();
  const labels = useLabels();
  return (
    <div className="relation-key">
      <h3 className="section-subheading">{t('legend.relations')}</h3>
      <dl>
        {config.relations.map((r) => (
          <div key={r.id} className="relation-row">
            <dt>
              <svg width="44" height="18" aria-hidden="true" focusable="false">
                <line
                  x1="2"
                  y1="9"
                  x2="28"
                  y2="9"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeDasharray={r.dashed ? '5 4' : undefined}
                />
                <circle
                  cx="36"
                  cy="9"
                  r={2 + r.strength}
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.5"
                />
              </svg>
              {labels.relation(r.id)}
            </dt>
            <dd>{t(r.dashed ? 'legend.dashed' : 'legend.solid')}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
