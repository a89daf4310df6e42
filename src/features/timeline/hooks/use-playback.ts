import { useEffect } from 'react';
import { TIME_SCALE } from '@/lib/testing-hooks/time-scale';
import { startPlayback, type YearRange } from '@/lib/timeline/playback';
import { useUiStore } from '@/stores/ui-store';

/** Runs the playback timer while the store says `playing`. */
export function usePlayback(range: YearRange, changeYear: (year: number | null) => void) {
  const playing = useUiStore((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    return startPlayback({
      range,
      getYear: () => useUiStore.getState().year,
      setYear: changeYear,
      getSpeed: () => useUiStore.getState().speed / TIME_SCALE,
      getLoop: () => useUiStore.getState().loop,
      onEnd: () => useUiStore.getState().setPlaying(false),
    });
  }, [playing, range, changeYear]);
}
