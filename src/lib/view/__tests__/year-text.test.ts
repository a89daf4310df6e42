import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { initI18n, switchLang } from '@/i18n/i18n';
import { testPartner } from '@/testing/view-fixture';
import { yearText } from '../year-text';

const a = testPartner('a', '1994', ['it']);
const b = testPartner('b', '1994-06', ['it']);

describe('yearText (slider value, live region, caption)', () => {
  it('uses i18next plurals in English: 1 partner, 2 partners', async () => {
    initI18n();
    await switchLang('en');
    const t = i18next.t.bind(i18next);
    expect(yearText([a], 1994, null, t)).toBe('1994 — 1 partner');
    expect(yearText([a, b], 1994, null, t)).toBe('1994 — 2 partners');
    expect(yearText([a, b], null, [], t)).toBe('Today — 0 partners');
  });

  it('and in Vietnamese, which has one form', async () => {
    initI18n();
    await switchLang('vi');
    const t = i18next.t.bind(i18next);
    expect(yearText([a], 1994, null, t)).toBe('1994 — 1 đối tác');
    expect(yearText([a, b], 1994, null, t)).toBe('1994 — 2 đối tác');
  });
});
