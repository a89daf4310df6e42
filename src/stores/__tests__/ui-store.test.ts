import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '@/testing/view-fixture';
import { useUiStore } from '../ui-store';

beforeEach(() => {
  resetStore(2026);
});

describe('changeYear (the action every year writer calls)', () => {
  it("deselects a partner signed later: the visitor's own move shows a notice and stops playback", () => {
    useUiStore.setState({ partner: 'late', playing: true });
    useUiStore.getState().changeYear(2000, 'visitor');
    const s = useUiStore.getState();
    expect([s.year, s.partner, s.playing]).toEqual([2000, null, false]);
    expect(s.notice).toContain('late (en)');
    expect(s.announcement.text).toContain(s.notice);
  });

  it('is silent for automatic moves: announced in the live region, no notice', () => {
    useUiStore.setState({ partner: 'late', playing: true });
    useUiStore.getState().changeYear(2000, 'auto');
    const s = useUiStore.getState();
    expect([s.year, s.partner, s.playing, s.notice]).toEqual([2000, null, true, null]);
    expect(s.announcement.text).toContain('late (en)');
  });

  it('clamps like the URL: this year or later is today', () => {
    useUiStore.getState().changeYear(2031, 'visitor');
    expect(useUiStore.getState().year).toBeNull();
    useUiStore.getState().changeYear(1800, 'visitor');
    expect(useUiStore.getState().year).toBe(1994);
  });
});

describe('loadCatalog (the URL writer: ?partner= and ?year= once the data is in)', () => {
  it('reveals a linked partner hidden by the year and fields, and drops an unknown one', () => {
    useUiStore.setState({ partner: 'late', year: 2000, fields: ['it'] });
    const catalog = useUiStore.getState().catalog!;
    useUiStore.getState().loadCatalog(catalog);
    expect(useUiStore.getState()).toMatchObject({
      partner: 'late',
      year: 2020,
      fields: ['it', 'ports'],
    });
    useUiStore.setState({ partner: 'nobody' });
    useUiStore.getState().loadCatalog(catalog);
    expect(useUiStore.getState().partner).toBeNull();
  });
});

describe('setFields', () => {
  it('folds the full list into "all on" and deselects a partner the fields hide', () => {
    useUiStore.setState({ partner: 'late' });
    useUiStore.getState().setFields(['it', 'ports', 'unrecorded']);
    expect(useUiStore.getState()).toMatchObject({ fields: null, partner: 'late' });
    useUiStore.getState().setFields(['it']);
    expect(useUiStore.getState()).toMatchObject({ fields: ['it'], partner: null });
  });
});
