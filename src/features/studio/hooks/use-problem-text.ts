import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableProblem } from '@/lib/partners-file/table';
import { STUDIO_NS } from '../lib/studio-i18n';

const SOURCE = /^source_(\d+)_(title|url)$/;

/** A problem in the UI language: "Row 12 (Osan): signing date '2004-13-10' is not valid; …". */
export function useProblemText() {
  const { t, i18n } = useTranslation(STUDIO_NS);
  const label = useCallback(
    (column: string) => {
      const source = SOURCE.exec(column);
      if (source) return t(`columns.source_${source[2]}`, { n: source[1] });
      return i18n.exists(`columns.${column}`, { ns: STUDIO_NS }) ? t(`columns.${column}`) : column;
    },
    [t, i18n],
  );
  const text = useCallback(
    (p: TableProblem) => {
      const column = String(p.params.column ?? '');
      // show() quotes strings as JSON; the sentence puts its own quotes around them.
      const value = String(p.params.value ?? '').replace(/^"(.*)"$/, '$1');
      const key = `problem.${p.code}`;
      if (!i18n.exists(key, { ns: STUDIO_NS })) return p.message;
      return t(key, { ...p.params, column, label: label(column), value });
    },
    [t, i18n, label],
  );
  return { text, label };
}
