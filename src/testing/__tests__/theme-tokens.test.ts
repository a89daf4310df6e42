import { describe, expect, it } from 'vitest';
import { parseThemeTokens } from '@/testing/theme-tokens';

const CSS = `
/* a comment { --bg: #123456; } */
:root,
[data-theme='light'] {
  --bg: #ffffff;
  --fg: #111111;
  --radius: 4px;
}
[data-theme="dark"] { --bg: #000000; --link: var(--accent); --accent: #8ab4f8; }
@layer tokens { :root[data-theme=contrast] { --bg: #000; --fg: var(--missing, #ffff00); } }
@media (prefers-color-scheme: dark) { :root { --bg: #222222; } }
[data-theme='dark'] .map { --bg: #ff0000; }
.panel { --fg: #ff0000; }
`;

describe('parseThemeTokens', () => {
  const tokens = parseThemeTokens(CSS);

  it('finds each theme named by a [data-theme] selector, with or without quotes or :root', () => {
    expect([...tokens.keys()].sort()).toEqual(['contrast', 'dark', 'light']);
  });

  it('gives every theme the :root tokens, overridden by its own rule', () => {
    expect(Object.fromEntries(tokens.get('light') ?? [])).toEqual({
      bg: '#ffffff',
      fg: '#111111',
      radius: '4px',
    });
    expect(tokens.get('dark')?.get('bg')).toBe('#000000');
    expect(tokens.get('dark')?.get('fg')).toBe('#111111');
  });

  it('resolves var() references, declared later or through a fallback', () => {
    expect(tokens.get('dark')?.get('link')).toBe('#8ab4f8');
    expect(tokens.get('contrast')?.get('fg')).toBe('#ffff00');
  });

  it('skips conditional rules, descendants and other selectors', () => {
    expect(tokens.get('light')?.get('bg')).toBe('#ffffff');
    expect(tokens.get('dark')?.get('bg')).toBe('#000000');
    expect(tokens.get('light')?.get('fg')).toBe('#111111');
  });
});
