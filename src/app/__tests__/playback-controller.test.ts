import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STEP_MS } from '@/lib/timeline/playback';
import { resetStore } from '@/testing/view-fixture';
import { useUiStore } from '@/stores/ui-store';
import { startPlaybackController } from '../playback-controller';

let stop: () => void;
beforeEach(() => {
  vi.useFakeTimers();
  resetStore(2026);
  stop = startPlaybackController();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('the playback controller (playback, presenter Space, console Play, kiosk attract)', () => {
  it('plays from the first year whenever the store says playing, with no timeline mounted', () => {
    useUiStore.getState().setPlaying(true);
    expect(useUiStore.getState().year).toBe(1994);
    vi.advanceTimersByTime(STEP_MS);
    expect(useUiStore.getState().year).toBe(1995);
    useUiStore.getState().setPlaying(false);
    vi.advanceTimersByTime(STEP_MS * 3);
    expect(useUiStore.getState().year).toBe(1995);
  });

  it("steps through the store's changeYear as an automatic move: deselects silently", () => {
    useUiStore.setState({ partner: 'late' });
    useUiStore.getState().setPlaying(true);
    expect(useUiStore.getState().partner).toBeNull();
    expect(useUiStore.getState().notice).toBeNull();
    expect(useUiStore.getState().announcement.text).toContain('late (en)');
  });
});
