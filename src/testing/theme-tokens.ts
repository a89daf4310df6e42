import postcss from 'postcss';
import type { AtRule, Rule } from 'postcss';

/** A theme's custom properties, `var()` references resolved: name without `--` → value. */
export type ThemeTokens = ReadonlyMap<string, string>;

const ROOT = /^(?::root|html)$/;
const THEME = /^(?::root|html)?\[data-theme\s*=\s*(['"]?)([\w-]+)\1\s*\]$/;
const VAR = /var\(\s*--([\w-]+)\s*(?:,\s*([^()]*))?\)/g;

/** Rules inside @media, @supports … apply only sometimes; @layer blocks always apply. */
function alwaysApplies(rule: Rule): boolean {
  for (let node = rule.parent; node && node.type !== 'root'; node = node.parent) {
    if (node.type !== 'atrule' || (node as AtRule).name !== 'layer') return false;
  }
  return true;
}

function resolve(tokens: Map<string, string>, value: string, depth = 0): string {
  if (depth > 10) throw new Error(`var() cycle in ${value}`);
  return value.replace(VAR, (whole, name: string, fallback?: string) => {
    const found = tokens.get(name) ?? fallback?.trim();
    if (found === undefined) return whole;
    return resolve(tokens, found, depth + 1);
  });
}

/**
 * Reads the theme tokens of a stylesheet: custom properties on `:root`/`html` (every theme) and on
 * `[data-theme=…]` (that theme), in source order (the selectors have equal specificity). Rules on
 * other selectors and inside conditional at-rules are not theme tokens and are skipped.
 */
export function parseThemeTokens(css: string): Map<string, ThemeTokens> {
  const steps: { theme: string | null; name: string; value: string }[] = [];
  const themes = new Set<string>();
  postcss.parse(css).walkRules((rule) => {
    if (!alwaysApplies(rule)) return;
    const targets = rule.selectors.flatMap((selector): (string | null)[] => {
      const s = selector.trim();
      if (ROOT.test(s)) return [null];
      const theme = THEME.exec(s)?.[2];
      return theme ? [theme] : [];
    });
    for (const theme of targets) if (theme) themes.add(theme);
    rule.each((node) => {
      if (node.type !== 'decl' || !node.prop.startsWith('--')) return;
      for (const theme of new Set(targets))
        steps.push({ theme, name: node.prop.slice(2), value: node.value.trim() });
    });
  });
  const result = new Map<string, ThemeTokens>();
  for (const theme of themes) {
    const tokens = new Map<string, string>();
    for (const step of steps)
      if (step.theme === null || step.theme === theme) tokens.set(step.name, step.value);
    for (const [name, value] of tokens) tokens.set(name, resolve(tokens, value));
    result.set(theme, tokens);
  }
  return result;
}
