import { useEffect, useState, type CSSProperties } from 'react';
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

/** Chips on the map's edges: how many shown partners lie beyond each edge; a tap flies there. */
export function EdgeChips({ subscribe, flyTo }: Props) {
  const { t } = useTranslation();
  const [sides, setSides] = useState<OffscreenSide[]>([]);
  useEffect(() => subscribe(setSides), [subscribe]);
  return sides.map((side, index) => {
    const continent = mainContinent(side);
    const name = continent ? ` · ${t(`numbers.continent_${continent}`)}` : '';
    return (
      <button
        key={side.side}
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
