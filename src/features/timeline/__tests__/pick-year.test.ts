import { beforeEach, expect, it } from 'vitest';
import { resetStore } from '@/testing/view-fixture';
import { useUiStore } from '@/stores/ui-store';
import { pickYear } from '../pick-year';

beforeEach(() => {
  resetStore(2026);
});

it('a slider or histogram pick before the selected partner signed deselects it, with a notice', () => {
  useUiStore.setState({ partner: 'late', playing: true });
  const { range } = useUiStore.getState().catalog!;
  pickYear(2000, range);
  expect(useUiStore.getState()).toMatchObject({ year: 2000, partner: null, playing: false });
  expect(useUiStore.getState().notice).toContain('late (en)');
  // The last position is today.
  pickYear(range.current, range);
  expect(useUiStore.getState().year).toBeNull();
});
