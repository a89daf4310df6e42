import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@/lib/color';
import { THEMES } from '@/lib/url/url-state';
import type { Theme } from '@/lib/url/url-state';
import { CONTRAST_PAIRS, THEME_TOKENS, TOKEN_NAMES, requiredContrast } from '../theme-tokens';

/**
 * Vitest empties every CSS import (even `?raw`) unless CSS processing is on, so the stylesheet is
 * read from disk through Node's fs, reached without pulling Node's types into the app program.
 */
function readText(url: URL): string {
  const nodeProcess = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  const fs = nodeProcess?.getBuiltinModule?.('node:fs') as
    { readFileSync: (path: URL, encoding: 'utf8') => string } | undefined;
  if (!fs) throw new Error('These tests read files and must run under Node ≥ 20.16.');
  return fs.readFileSync(url, 'utf8');
}

const themesCss = readText(new URL('../../styles/themes.css', import.meta.url));

interface CssRule {
  selector: string;
  declarations: Map<string, string>;
}

/** Innermost `selector { … }` rules of a stylesheet with their custom properties. */
function customPropertyRules(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  for (const [, selector = '', body = ''] of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = new Map<string, string>();
    for (const [, name = '', value = ''] of body.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) {
      declarations.set(name, value.trim().toLowerCase());
    }
    if (declarations.size > 0) rules.push({ selector: selector.trim(), declarations });
  }
  return rules;
}

function themesOf(selector: string): Theme[] {
  return THEMES.filter((theme) => new RegExp(`\\[data-theme=['"]?${theme}['"]?\\]`).test(selector));
}

const rules = customPropertyRules(themesCss);

describe('themes.css and theme-tokens.ts', () => {
  it('declares every theme', () => {
    for (const theme of THEMES) {
      expect(
        rules.some((rule) => themesOf(rule.selector).includes(theme)),
        theme,
      ).toBe(true);
    }
  });

  it.each(rules.map((rule) => [rule.selector.replace(/\s+/g, ' '), rule] as const))(
    '%s declares exactly the values of theme-tokens.ts',
    (_selector, rule) => {
      const themes = themesOf(rule.selector);
      expect(themes, 'every rule with tokens names the theme it styles').not.toHaveLength(0);
      for (const theme of themes) {
        expect(Object.fromEntries(rule.declarations), theme).toEqual(THEME_TOKENS[theme]);
      }
    },
  );

  it('lists the token names once each', () => {
    expect(new Set(TOKEN_NAMES).size).toBe(TOKEN_NAMES.length);
    for (const theme of THEMES)
      expect(Object.keys(THEME_TOKENS[theme]).sort()).toEqual([...TOKEN_NAMES].sort());
  });

  it('writes every token as a lowercase #rrggbb colour', () => {
    for (const theme of THEMES) {
      for (const value of Object.values(THEME_TOKENS[theme]))
        expect(value).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});

describe('WCAG 2.2 contrast of every declared pair', () => {
  const cases = THEMES.flatMap((theme) =>
    CONTRAST_PAIRS.map((pair) => [theme, pair.fg, pair.bg, pair] as const),
  );

  it.each(cases)('%s: %s on %s', (theme, fg, bg, pair) => {
    const tokens = THEME_TOKENS[theme];
    const ratio = contrastRatio(tokens[fg], tokens[bg]);
    const needed = requiredContrast(pair.kind, theme);
    expect(
      ratio,
      `${theme} ${fg} ${tokens[fg]} on ${bg} ${tokens[bg]} (${pair.usage}): ${ratio.toFixed(2)}:1, needs ${needed}:1`,
    ).toBeGreaterThanOrEqual(needed);
  });

  it('requires AA text, AAA text in high contrast and 3:1 for non-text', () => {
    expect(requiredContrast('text', 'light')).toBe(4.5);
    expect(requiredContrast('text', 'dark')).toBe(4.5);
    expect(requiredContrast('text', 'contrast')).toBe(7);
    for (const theme of THEMES) expect(requiredContrast('non-text', theme)).toBe(3);
  });

  it('declares each pair once', () => {
    const keys = CONTRAST_PAIRS.map((p) => `${p.fg}/${p.bg}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
