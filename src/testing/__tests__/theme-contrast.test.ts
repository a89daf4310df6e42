import { wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import { THEMES } from '@/lib/url/url-state';
import type { Theme } from '@/lib/url/url-state';
import { rgbOf } from '@/testing/color';
import { readText } from '@/testing/read-text';
import { parseThemeTokens } from '@/testing/theme-tokens';

/**
 * `text`: WCAG 1.4.3 (AA, 4.5:1) and, in the high-contrast theme, 1.4.6 (AAA, 7:1).
 * `non-text`: WCAG 1.4.11 (3:1) for focus indicators, input boundaries and state indicators.
 */
type PairKind = 'text' | 'non-text';

/** The foreground/background token pairs the UI draws, and where. */
const CONTRAST_PAIRS: readonly { fg: string; bg: string; kind: PairKind; usage: string }[] = [
  { fg: 'fg', bg: 'bg', kind: 'text', usage: 'body text, sidebar' },
  { fg: 'fg', bg: 'surface', kind: 'text', usage: 'header, panels, dialogs, buttons, timeline' },
  { fg: 'muted', bg: 'bg', kind: 'text', usage: 'hints, counts, labels, unpressed field toggles' },
  { fg: 'muted', bg: 'surface', kind: 'text', usage: 'secondary text in panels and timeline' },
  { fg: 'fg', bg: 'accent-soft', kind: 'text', usage: 'pressed buttons, selected partner' },
  { fg: 'muted', bg: 'accent-soft', kind: 'text', usage: 'meta line of the selected partner' },
  { fg: 'fg', bg: 'hover', kind: 'text', usage: 'hovered partner row' },
  { fg: 'muted', bg: 'hover', kind: 'text', usage: 'meta line of a hovered partner row' },
  { fg: 'link', bg: 'surface', kind: 'text', usage: 'source links in panel and dialogs' },
  { fg: 'link', bg: 'bg', kind: 'text', usage: 'links on the page background' },
  { fg: 'on-accent', bg: 'accent', kind: 'text', usage: 'primary buttons, skip link' },
  { fg: 'tooltip-fg', bg: 'tooltip-bg', kind: 'text', usage: 'map tooltip, toast and its button' },
  { fg: 'fg', bg: 'warning-bg', kind: 'text', usage: 'data notice' },
  { fg: 'fg', bg: 'map-ocean', kind: 'text', usage: 'map fallback message' },
  { fg: 'focus', bg: 'bg', kind: 'non-text', usage: 'focus ring on the page background' },
  { fg: 'focus', bg: 'surface', kind: 'non-text', usage: 'focus ring on panels and header' },
  { fg: 'focus', bg: 'map-ocean', kind: 'non-text', usage: 'focus ring on map controls' },
  { fg: 'border-strong', bg: 'surface', kind: 'non-text', usage: 'input and select borders' },
  { fg: 'border-strong', bg: 'bg', kind: 'non-text', usage: 'input borders in the sidebar' },
  { fg: 'accent', bg: 'accent-soft', kind: 'non-text', usage: 'selected-row bar, pressed border' },
  { fg: 'accent', bg: 'surface', kind: 'non-text', usage: 'slider thumb ring' },
  { fg: 'warning-border', bg: 'warning-bg', kind: 'non-text', usage: 'data notice edge' },
];

function requiredContrast(kind: PairKind, theme: Theme): number {
  if (kind === 'non-text') return 3;
  return theme === 'contrast' ? 7 : 4.5;
}

const tokens = parseThemeTokens(readText(new URL('../../styles/themes.css', import.meta.url)));
const pairTokens = [...new Set(CONTRAST_PAIRS.flatMap((p) => [p.fg, p.bg]))];

/** A token of a theme as an opaque colour, or a message saying why it is not one. */
function colourOf(theme: Theme, name: string): string {
  const value = tokens.get(theme)?.get(name);
  if (value === undefined) throw new Error(`themes.css: the ${theme} theme does not set --${name}`);
  const { alpha = 1 } = rgbOf(value);
  if (alpha !== 1) throw new Error(`themes.css: --${name} in ${theme} is translucent (${value})`);
  return value;
}

describe('themes.css', () => {
  it.each(THEMES)('sets every token the UI pairs as an opaque colour in the %s theme', (theme) => {
    expect(tokens.has(theme), `no [data-theme='${theme}'] rule`).toBe(true);
    for (const name of pairTokens) expect(() => colourOf(theme, name)).not.toThrow();
  });
});

describe('WCAG 2.2 contrast of every pair the UI draws', () => {
  const cases = THEMES.flatMap((theme) =>
    CONTRAST_PAIRS.map((pair) => [theme, pair.fg, pair.bg, pair] as const),
  );

  it.each(cases)('%s: %s on %s', (theme, fg, bg, pair) => {
    const [fgColour, bgColour] = [colourOf(theme, fg), colourOf(theme, bg)];
    const ratio = wcagContrast(fgColour, bgColour);
    const needed = requiredContrast(pair.kind, theme);
    expect(
      ratio,
      `${theme} ${fg} ${fgColour} on ${bg} ${bgColour} (${pair.usage}): ${ratio.toFixed(2)}:1, needs ${needed}:1`,
    ).toBeGreaterThanOrEqual(needed);
  });
});
