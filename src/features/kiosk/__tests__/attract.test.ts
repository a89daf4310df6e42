import { beforeEach, expect, it } from 'vitest';
import { resetStore } from '@/testing/view-fixture';
import { useUiStore } from '@/stores/ui-store';
import { playTimeline } from '../hooks/use-attract-loop';

beforeEach(() => {
  resetStore(2026);
});

it('the attract loop starts playback through the store, silently, and waits for it to end', async () => {
  useUiStore.setState({ attract: true, partner: 'late', year: 2000, notice: null });
  let done = false;
  const played = playTimeline().then(() => (done = true));
  expect(useUiStore.getState()).toMatchObject({
    partner: null,
    year: null,
    speed: 2,
    playing: true,
    notice: null,
  });
  await Promise.resolve();
  expect(done).toBe(false);
  useUiStore.getState().setPlaying(false);
  await played;
  expect(done).toBe(true);
});
