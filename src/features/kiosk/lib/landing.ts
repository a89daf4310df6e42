// A self-healing reload lands straight in the attract loop. The mark rides in history.state, which
// survives a reload: nothing is stored and nothing is written to the URL.

const KEY = 'partnerMapKiosk';

interface Mark {
  attract: boolean;
  reloads: number;
}

function readMark(state: unknown): Mark | null {
  if (typeof state !== 'object' || state === null) return null;
  const mark = (state as Record<string, unknown>)[KEY];
  if (typeof mark !== 'object' || mark === null) return null;
  const { attract, reloads } = mark as Record<string, unknown>;
  return {
    attract: attract === true,
    reloads: typeof reloads === 'number' && reloads >= 0 ? reloads : 0,
  };
}

export function writeMark(mark: Mark) {
  const state: unknown = window.history.state;
  const base = typeof state === 'object' && state !== null ? state : {};
  window.history.replaceState({ ...base, [KEY]: mark }, '');
}

/** Read once when the kiosk code loads: did a self-healing reload bring us here? */
export const landing = ((): Mark => {
  if (typeof window === 'undefined') return { attract: false, reloads: 0 };
  const mark = readMark(window.history.state) ?? { attract: false, reloads: 0 };
  // Taken once: a later manual reload (F5 by staff) starts normally.
  if (mark.attract) writeMark({ ...mark, attract: false });
  return mark;
})();
