import { beforeEach, expect, it } from 'vitest';
import { resetStore } from '@/testing/view-fixture';
import { useUiStore } from '@/stores/ui-store';
import { applyConsoleCommand } from '../hooks/use-console-link';

beforeEach(() => {
  resetStore(2026);
});

// Play only sets `playing`; the app's playback controller (its own test) plays whatever is mounted.
it("the console's Play toggles the store's playing; Next shows a tour step through the actions", () => {
  applyConsoleCommand('play', []);
  expect(useUiStore.getState().playing).toBe(true);
  applyConsoleCommand('play', []);
  expect(useUiStore.getState().playing).toBe(false);
  useUiStore.setState({ partner: 'late' });
  applyConsoleCommand('next', [{ type: 'year', year: 2000 }]);
  expect(useUiStore.getState()).toMatchObject({ tourIndex: 0, year: 2000, partner: null });
  expect(useUiStore.getState().notice).toBeNull();
});
