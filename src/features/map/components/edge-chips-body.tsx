import { useLayoutEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { continentOf } from 'virtual:country-continents';
import type { CanvasBox, OffscreenSide, Side } from '../engine/offscreen';
import { placeChips } from './chip-place';
import './edge-chips.css';

const ARROWS: Record<Side, string> = { left: '←', right: '→', top: '↑', bottom: '↓' };

export interface ChipActions {
  flyTo: (side: OffscreenSide) => void;
  /** Whether a marker or a name is drawn in a box of the map's canvas. */
  drawnIn: (box: CanvasBox) => boolean;
  /** Calls back when the map has finished drawing; returns the unsubscribe. */
  onIdle: (listener: () => void) => () => void;
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

/** The chips themselves (loaded with the first chip): placed off drawn names, a tap flies there. */
export default function EdgeChipsBody({
  sides,
  flyTo,
  drawnIn,
  onIdle,
}: ChipActions & { sides: OffscreenSide[] }) {
  const { t } = useTranslation();
  const chips = useRef(new Map<string, HTMLButtonElement>());
  useLayoutEffect(() => {
    // Names are placed as the map draws: the chips move off them again once it is idle, and when
    // a face arrives (a chip's arrow or script font changes its width).
    const fit = () => placeChips(chips.current.values(), drawnIn);
    fit();
    window.addEventListener('resize', fit);
    document.fonts.addEventListener('loadingdone', fit);
    const offIdle = onIdle(fit);
    return () => {
      window.removeEventListener('resize', fit);
      document.fonts.removeEventListener('loadingdone', fit);
      offIdle();
    };
  }, [sides, t, drawnIn, onIdle]);
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
