import { lazy, useEffect, useState } from 'react';
import { LazyPart } from '@/components/ui/lazy-part';
import type { OffscreenSide } from '../engine/offscreen';
import type { ChipActions } from './edge-chips-body';

// The chips' code loads with the first chip (issue 19: the first view fits every partner, so none).
const EdgeChipsBody = lazy(() => import('./edge-chips-body'));

interface Props extends ChipActions {
  /** Calls back with the off-screen partners by side after each move; returns the unsubscribe. */
  subscribe: (listener: (sides: OffscreenSide[]) => void) => () => void;
}

/** Chips on the map's edges: how many shown partners lie beyond each edge; a tap flies there. */
export function EdgeChips({ subscribe, ...actions }: Props) {
  const [sides, setSides] = useState<OffscreenSide[]>([]);
  useEffect(() => subscribe(setSides), [subscribe]);
  if (sides.length === 0) return null;
  return (
    <LazyPart>
      <EdgeChipsBody sides={sides} {...actions} />
    </LazyPart>
  );
}
