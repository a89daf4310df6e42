import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation, type UseTranslationResponse } from 'react-i18next';
import { STUDIO_NS } from '../lib/studio-i18n';
import { useStudioStore } from '../stores/studio-store';

export const PAGE_SIZE = 50;

interface Props {
  /** Problem texts by sheet row number (header = 1). */
  problems: ReadonlyMap<number, string[]>;
  /** `${row}:${column}` of each cell with a problem. */
  invalid: ReadonlySet<string>;
  page: number;
  setPage: (page: number) => void;
}

interface RowProps {
  index: number;
  cells: readonly string[];
  header: readonly string[];
  problems: readonly string[] | undefined;
  invalid: ReadonlySet<string>;
  /** The grid's translator, passed down: a subscription per row costs time over 50 rows. */
  t: UseTranslationResponse<typeof STUDIO_NS, undefined>['t'];
}

/** Up and Down move to the same column in the next row, as in a spreadsheet. */
function moveVertically(e: KeyboardEvent<HTMLInputElement>) {
  if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
  const cell = e.currentTarget.closest('td');
  const row = cell?.parentElement;
  const next = e.key === 'ArrowUp' ? row?.previousElementSibling : row?.nextElementSibling;
  const target = next?.children[cell?.cellIndex ?? -1]?.querySelector('input');
  if (target) {
    e.preventDefault();
    target.focus();
  }
}

const SheetRow = memo(function SheetRow({ index, cells, header, problems, invalid, t }: RowProps) {
  const row = index + 2;
  return (
    <tr className={problems ? 'has-problem' : undefined} data-row={row}>
      <th scope="row">{row}</th>
      <td className="studio-row-problems">
        {problems ? (
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : (
          <span className="studio-ok">{t('grid.ok')}</span>
        )}
      </td>
      {header.map((column, c) => (
        <td key={column + String(c)}>
          <input
            type="text"
            value={cells[c] ?? ''}
            aria-label={t('grid.cell', { column, row })}
            aria-invalid={invalid.has(`${row}:${column}`) || undefined}
            onChange={(e) => useStudioStore.getState().setCell(index, c, e.target.value)}
            onKeyDown={moveVertically}
            size={column.startsWith('summary') || column.endsWith('url') ? 24 : 10}
          />
        </td>
      ))}
      <td>
        <button
          type="button"
          className="text-button"
          aria-label={t('grid.remove', { row })}
          onClick={() => useStudioStore.getState().removeRow(index)}
        >
          ×
        </button>
      </td>
    </tr>
  );
});

/** The sheet as an accessible table of text inputs, a page at a time (thousands of rows stay quick). */
export function SheetGrid({ problems, invalid, page, setPage }: Props) {
  const { t } = useTranslation(STUDIO_NS);
  const header = useStudioStore((s) => s.header);
  const rows = useStudioStore((s) => s.rows);
  const focusRow = useStudioStore((s) => s.focusRow);
  const body = useRef<HTMLTableSectionElement>(null);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const first = Math.min(page, pages - 1) * PAGE_SIZE;

  useEffect(() => {
    if (focusRow === null) return;
    const wanted = Math.floor(focusRow / PAGE_SIZE);
    if (wanted !== page) return setPage(wanted);
    body.current?.querySelector<HTMLInputElement>(`tr[data-row="${focusRow + 2}"] input`)?.focus();
    useStudioStore.getState().setFocusRow(null);
  }, [focusRow, page, setPage]);

  return (
    <div className="studio-grid">
      <div className="studio-grid-scroll">
        <table>
          <caption>{t('grid.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('grid.row')}</th>
              <th scope="col">{t('grid.problems')}</th>
              {header.map((h, i) => (
                <th scope="col" key={h + String(i)}>
                  {h}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('grid.remove', { row: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody ref={body}>
            {rows.slice(first, first + PAGE_SIZE).map((cells, i) => (
              <SheetRow
                key={first + i}
                index={first + i}
                cells={cells}
                header={header}
                problems={problems.get(first + i + 2)}
                invalid={invalid}
                t={t}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="studio-grid-bar">
        <button
          type="button"
          className="text-button"
          onClick={() => useStudioStore.getState().addRow({})}
        >
          {t('grid.add')}
        </button>
        {pages > 1 && (
          <nav aria-label={t('grid.page', { page: page + 1, pages })}>
            <button
              type="button"
              className="text-button"
              disabled={page === 0}
              onClick={() => setPage(page - 1)}
            >
              {t('grid.prev')}
            </button>
            <span>{t('grid.page', { page: page + 1, pages })}</span>
            <button
              type="button"
              className="text-button"
              disabled={page >= pages - 1}
              onClick={() => setPage(page + 1)}
            >
              {t('grid.next')}
            </button>
          </nav>
        )}
      </div>
    </div>
  );
}
