import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { continentOf } from 'virtual:country-continents';
import type { OffscreenSide, Side } from '../engine/offscreen';
import './edge-chips.css';

const ARROWS: Record<Side, string> = { left: '←', right: '→', top: '↑', bottom: '↓' };

interface Props {
  /** Calls back with the off-screen partners by side after each move; returns the unsubscribe. */
  subscribe: (listener: (sides: OffscreenSide[]) => void) => () => void;
  flyTo: (side: OffscreenSide) => void;
}

/** The most common continent among the partners, for the chip's name ("→ 6 · Americas"). */
function mainContinent(side: OffscreenSide): string | null {
  const counts = new Map<string, number>();
  for (const p of side.points) {
    const c = continentOf(p.country);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const GAP = 8;

/**
 * A chip beside the map buttons ends in "…" before their column, whose width follows its labels'
 * language ("Открытка (PNG)"). A centred chip shrinks on both sides, so by twice the overlap.
 */
function clearOfButtons(chip: HTMLElement) {
  chip.style.maxWidth = '';
  const buttons = chip.closest('.map-region')?.querySelector('.map-controls');
  if (!buttons) return;
  const b = buttons.getBoundingClientRect();
  const c = chip.getBoundingClientRect();
  const overlap = c.right - (b.left - GAP);
  if (overlap <= 0 || c.top >= b.bottom || c.bottom <= b.top) return;
  const centred =
    (chip.dataset.side === 'top' || chip.dataset.side === 'bottom') &&
    getComputedStyle(chip).transform !== 'none';
  chip.style.maxWidth = `${Math.max(0, c.width - (centred ? 2 : 1) * overlap)}px`;
}

/** Chips on the map's edges: how many shown partners lie beyond each edge; a tap flies there. */
export function EdgeChips({ subscribe, flyTo }: Props) {
  const { t } = useTranslation();
  const [sides, setSides] = useState<OffscreenSide[]>([]);
  const chips = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => subscribe(setSides), [subscribe]);
  useLayoutEffect(() => {
    const fit = () => chips.current.forEach(clearOfButtons);
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [sides, t]);
  return sides.map((side, index) => {
    const continent = mainContinent(side);
    const name = continent ? ` · ${t(`numbers.continent_${continent}`)}` : '';
    return (
      <button
        key={side.side}
        ref={(el) => {
          if (el) chips.current.set(side.side, el);
          else chips.current.delete(side.side);
        }}
        type="button"
        className="text-button edge-chip"
        data-side={side.side}
        style={{ '--chip-index': index } as CSSProperties}
        onClick={() => flyTo(side)}
      >
        {`${ARROWS[side.side]} ${side.points.length}${name}`}
      </button>
    );
  });
}
