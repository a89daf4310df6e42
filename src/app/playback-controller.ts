import { TIME_SCALE } from '@/lib/testing-hooks/time-scale';
import { startPlayback } from '@/lib/timeline/playback';
import { useUiStore } from '@/stores/ui-store';

/**
 * Runs the playback timer while the store says `playing`, whatever is on screen: the timeline's Play,
 * the presenter's Space, the console's Play and the kiosk's attract loop all only set `playing`.
 * Started once by the app. Each step is an automatic year change: announced, never a notice.
 */
export function startPlaybackController(store = useUiStore): () => void {
  let stop: (() => void) | undefined;
  const unsubscribe = store.subscribe(
    (s) => s.playing,
    (playing) => {
      stop?.();
      stop = undefined;
      if (!playing) return;
      const { catalog } = store.getState();
      if (!catalog) {
        store.getState().setPlaying(false);
        return;
      }
      stop = startPlayback({
        range: catalog.range,
        getYear: () => store.getState().year,
        setYear: (year) => store.getState().changeYear(year, 'auto'),
        getSpeed: () => store.getState().speed / TIME_SCALE,
        getLoop: () => store.getState().loop,
        onEnd: () => store.getState().setPlaying(false),
      });
    },
    { fireImmediately: true },
  );
  return () => {
    unsubscribe();
    stop?.();
  };
}
