import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '@/testing/view-fixture';
import { useUiStore } from '@/stores/ui-store';
import { applyEmbedCommand } from '../commands';

const msg = { source: 'partner-map', v: 1 } as const;

beforeEach(() => {
  resetStore(2026);
});

describe('embed commands go through the store actions', () => {
  it('setYear before the selected partner signed deselects it, with a notice', () => {
    useUiStore.setState({ partner: 'late' });
    applyEmbedCommand({ ...msg, type: 'setYear', year: 2000 });
    expect(useUiStore.getState()).toMatchObject({ year: 2000, partner: null });
    expect(useUiStore.getState().notice).toContain('late (en)');
  });

  it('select reveals a hidden partner; an unknown id changes nothing', () => {
    useUiStore.setState({ year: 2000, fields: ['it'] });
    applyEmbedCommand({ ...msg, type: 'select', id: 'undated' });
    expect(useUiStore.getState()).toMatchObject({
      partner: 'undated',
      year: null,
      fields: ['it', 'unrecorded'],
    });
    applyEmbedCommand({ ...msg, type: 'select', id: 'atlantis' });
    expect(useUiStore.getState().partner).toBe('undated');
  });

  it('setFields drops unknown ids and deselects a partner the fields hide', () => {
    useUiStore.setState({ partner: 'late' });
    applyEmbedCommand({ ...msg, type: 'setFields', fields: ['it', 'mining'] });
    expect(useUiStore.getState()).toMatchObject({ fields: ['it'], partner: null });
  });
});
