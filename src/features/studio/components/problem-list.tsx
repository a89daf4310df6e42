import { useTranslation } from 'react-i18next';
import { STUDIO_NS } from '../lib/studio-i18n';
import { useStudioStore } from '../stores/studio-store';

export interface ShownProblem {
  row?: number;
  text: string;
}

interface Props {
  problems: readonly ShownProblem[];
  warnings: readonly ShownProblem[];
  checking: boolean;
}

/** Every problem with its sheet row, in sheet order; a button takes the grid to that row. */
export function ProblemList({ problems, warnings, checking }: Props) {
  const { t } = useTranslation(STUDIO_NS);
  return (
    <section className="studio-problems" aria-labelledby="studio-problems-h" aria-busy={checking}>
      <h2 id="studio-problems-h">{t('problems.heading', { count: problems.length })}</h2>
      {checking && <p>{t('problems.checking')}</p>}
      {!checking && problems.length === 0 && <p className="studio-ok">{t('problems.none')}</p>}
      {problems.length > 0 && (
        <ul data-testid="studio-problems">
          {problems.map((p, i) => (
            <li key={i}>
              <span>{p.text}</span>{' '}
              {p.row !== undefined && (
                <button
                  type="button"
                  className="text-button"
                  onClick={() => useStudioStore.getState().setFocusRow((p.row ?? 2) - 2)}
                >
                  {t('problems.show', { row: p.row })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <details>
          <summary>{t('problems.warnings', { count: warnings.length })}</summary>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w.text}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
