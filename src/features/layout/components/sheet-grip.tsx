import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SNAPS, type Snap } from '../hooks/use-dock-state';

interface Props {
  snap: Snap;
  onSnap: (snap: Snap) => void;
}

/** The sheet's heights at each snap, read from the stylesheet (frame.css owns the numbers). */
function snapHeights(sheet: HTMLElement): number[] {
  const current = sheet.dataset.snap;
  const heights = SNAPS.map((s) => {
    sheet.dataset.snap = s;
    return sheet.getBoundingClientRect().height;
  });
  if (current) sheet.dataset.snap = current;
  return heights;
}

/**
 * The sheet's grip: drag it between peek, half and full, or use its two buttons (a single-pointer
 * alternative to dragging, WCAG 2.5.7); ArrowUp and ArrowDown do the same from the keyboard.
 */
export function SheetGrip({ snap, onSnap }: Props) {
  const { t } = useTranslation();
  const drag = useRef<{ el: HTMLElement; y: number; height: number; heights: number[] } | null>(
    null,
  );
  const i = SNAPS.indexOf(snap);
  const step = (by: number) =>
    onSnap(SNAPS[Math.min(SNAPS.length - 1, Math.max(0, i + by))] ?? snap);

  function onPointerDown(e: PointerEvent<HTMLDivElement>) {
    const el = e.currentTarget.closest<HTMLElement>('.dock');
    if (!el || (e.target as Element).closest('button')) return;
    el.classList.add('dragging');
    drag.current = { el, y: e.clientY, height: el.offsetHeight, heights: snapHeights(el) };
    e.currentTarget.setPointerCapture(e.pointerId);
  }
  function onPointerMove(e: PointerEvent<HTMLDivElement>) {
    const d = drag.current;
    if (!d) return;
    const h = d.height + d.y - e.clientY;
    const [low = 0, , high = Infinity] = d.heights;
    d.el.style.height = `${Math.min(high, Math.max(low, h))}px`;
  }
  function onPointerUp() {
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    const h = d.el.getBoundingClientRect().height;
    d.el.classList.remove('dragging');
    d.el.style.height = '';
    const gaps = d.heights.map((x) => Math.abs(x - h));
    onSnap(SNAPS[gaps.indexOf(Math.min(...gaps))] ?? snap);
  }
  function onKey(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    step(e.key === 'ArrowUp' ? 1 : -1);
  }

  return (
    // The grip is a drag surface; its buttons are the accessible way to do the same.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="sheet-grip"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKey}
    >
      <span className="grip-handle" aria-hidden="true" />
      <span className="sheet-buttons">
        <button
          type="button"
          className="icon-button"
          aria-label={t('layout.sheetLess')}
          disabled={i === 0}
          onClick={() => step(-1)}
        >
          <span aria-hidden="true">▾</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('layout.sheetMore')}
          disabled={i === SNAPS.length - 1}
          onClick={() => step(1)}
        >
          <span aria-hidden="true">▴</span>
        </button>
      </span>
    </div>
  );
}
