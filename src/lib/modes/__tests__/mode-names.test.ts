import { describe, expect, it } from 'vitest';
import { MODES, PROFILES, VISITOR_MODES } from '../profiles';

// Every source file under src/ but tests, as text (keys are paths from this folder).
const sources = import.meta.glob<string>(['../../../**/*.{ts,tsx}', '!**/__tests__/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const names = MODES.join('|');
// `mode === 'kiosk'`, `'present' !== s.mode`, `case 'console':`, `mode === null` and the like.
const COMPARES = new RegExp(
  `['"](${names})['"]\\s*[!=]==|[!=]==\\s*['"](${names})['"]|case\\s+['"](${names})['"]|mode\\s*[!=]==\\s*(null|undefined)`,
);

describe('mode profiles', () => {
  it('no file outside src/lib/modes/ compares mode names: features read the profile', () => {
    // `../x.ts` is src/lib/modes/ itself, the one place that may name modes.
    const files = Object.entries(sources).filter(([path]) => !/^\.\.\/[^.]/.test(path));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap(([path, text]) =>
      text
        .split('\n')
        .map((line, i) => [`${path}:${i + 1}`, line] as const)
        .filter(([, line]) => COMPARES.test(line))
        .map(([where, line]) => `${where}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('has one row per mode, plus the web page', () => {
    expect(Object.keys(PROFILES).sort()).toEqual([...MODES, 'web'].sort());
  });

  it('offers the studio the modes visitors see: not the console, not the studio itself', () => {
    expect(VISITOR_MODES).toEqual(['web', 'kiosk', 'present', 'embed']);
  });
});
