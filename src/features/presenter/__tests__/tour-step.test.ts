import { beforeEach, expect, it } from 'vitest';
import { resetStore } from '@/testing/view-fixture';
import { useUiStore } from '@/stores/ui-store';
import { applyTourStep } from '../hooks/use-tour';

beforeEach(() => {
  resetStore(2026);
});

it('a tour year step goes through changeYear: clamped, a later partner deselected without a notice', () => {
  useUiStore.setState({ partner: 'late' });
  applyTourStep({ type: 'year', year: 2099 });
  expect(useUiStore.getState()).toMatchObject({ year: null, partner: null, notice: null });
  applyTourStep({ type: 'partner', id: 'late' });
  expect(useUiStore.getState()).toMatchObject({ year: 2020, partner: 'late', notice: null });
});
