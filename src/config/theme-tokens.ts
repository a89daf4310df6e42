import type { Theme } from '@/lib/url/url-state';

/**
 * The UI theme tokens as data: the same values as the CSS variables in src/styles/themes.css
 * (a test parses that file and fails if the two drift apart), plus the foreground/background
 * pairs the UI actually draws, each checked against WCAG 2.2 in every theme.
 */
export const TOKEN_NAMES = [
  'bg',
  'surface',
  'fg',
  'muted',
  'border',
  'border-strong',
  'accent',
  'on-accent',
  'accent-soft',
  'focus',
  'link',
  'hover',
  'tooltip-bg',
  'tooltip-fg',
  'warning-bg',
  'warning-border',
  'map-ocean',
] as const;

export type TokenName = (typeof TOKEN_NAMES)[number];
export type ThemeTokens = Readonly<Record<TokenName, string>>;

export const THEME_TOKENS: Readonly<Record<Theme, ThemeTokens>> = {
  light: {
    bg: '#f7f7f5',
    surface: '#ffffff',
    fg: '#1b1f24',
    muted: '#4f5661',
    border: '#d5d8dc',
    'border-strong': '#868c95',
    accent: '#0b57d0',
    'on-accent': '#ffffff',
    'accent-soft': '#e3ecfb',
    focus: '#0b57d0',
    link: '#0b4fb8',
    hover: '#eef1f4',
    'tooltip-bg': '#1b1f24',
    'tooltip-fg': '#ffffff',
    'warning-bg': '#fff6e0',
    'warning-border': '#b26a00',
    'map-ocean': '#d7e6f0',
  },
  dark: {
    bg: '#10161d',
    surface: '#18212b',
    fg: '#eef2f6',
    muted: '#b4bdc8',
    border: '#33414f',
    'border-strong': '#6d7c8c',
    accent: '#8ab4f8',
    'on-accent': '#0b1a2e',
    'accent-soft': '#1e3554',
    focus: '#8ab4f8',
    link: '#9cc2ff',
    hover: '#212c38',
    'tooltip-bg': '#eef2f6',
    'tooltip-fg': '#10161d',
    'warning-bg': '#3a2c0c',
    'warning-border': '#f0b54a',
    'map-ocean': '#0e1a26',
  },
  contrast: {
    bg: '#000000',
    surface: '#000000',
    fg: '#ffffff',
    muted: '#ffffff',
    border: '#ffffff',
    'border-strong': '#ffffff',
    accent: '#ffd400',
    'on-accent': '#000000',
    'accent-soft': '#333300',
    focus: '#ffd400',
    link: '#ffd400',
    hover: '#222222',
    'tooltip-bg': '#ffffff',
    'tooltip-fg': '#000000',
    'warning-bg': '#000000',
    'warning-border': '#ffd400',
    'map-ocean': '#000000',
  },
};

/**
 * `text`: WCAG 1.4.3 (AA, 4.5:1) and, in the high-contrast theme, 1.4.6 (AAA, 7:1).
 * `non-text`: WCAG 1.4.11 (3:1) for focus indicators, input boundaries and state indicators.
 */
export type PairKind = 'text' | 'non-text';

export interface ContrastPair {
  fg: TokenName;
  bg: TokenName;
  kind: PairKind;
  /** Where the UI draws this pair. */
  usage: string;
}

export const CONTRAST_PAIRS: readonly ContrastPair[] = [
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

/** Minimum WCAG 2.2 contrast ratio for a pair in a theme: AAA text in the high-contrast theme. */
export function requiredContrast(kind: PairKind, theme: Theme): number {
  if (kind === 'non-text') return 3;
  return theme === 'contrast' ? 7 : 4.5;
}
