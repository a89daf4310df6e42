import type { Theme } from '@/lib/url/url-state';

export interface MapPalette {
  ocean: string;
  land: string;
  home: string;
  homeStroke: string;
  border: string;
  label: string;
  labelHalo: string;
  seaLabel: string;
  marker: string;
  markerStroke: string;
  focus: string;
}

/** Basemap colours per theme; partner colours come from the config's fields. */
export const MAP_PALETTES: Record<Theme, MapPalette> = {
  light: {
    ocean: '#d7e6f0',
    land: '#f5f2ec',
    home: '#f6d58e',
    homeStroke: '#956816',
    border: '#b8b1a3',
    label: '#1f2933',
    labelHalo: '#ffffff',
    seaLabel: '#2b5b84',
    marker: '#ffffff',
    markerStroke: '#1f2933',
    focus: '#0b57d0',
  },
  dark: {
    ocean: '#0e1a26',
    land: '#24303c',
    home: '#7a5a14',
    homeStroke: '#f0c45a',
    border: '#4a5867',
    label: '#eef2f6',
    labelHalo: '#0e1a26',
    seaLabel: '#9cc4e4',
    marker: '#0e1a26',
    markerStroke: '#eef2f6',
    focus: '#8ab4f8',
  },
  contrast: {
    ocean: '#000000',
    land: '#1a1a1a',
    home: '#5c4300',
    homeStroke: '#ffd400',
    border: '#ffffff',
    label: '#ffffff',
    labelHalo: '#000000',
    seaLabel: '#ffffff',
    marker: '#000000',
    markerStroke: '#ffffff',
    focus: '#ffd400',
  },
};

export const SOURCE_IDS = {
  land: 'land',
  borders: 'borders',
  sovereignty: 'sovereignty',
  arcs: 'arcs',
  partners: 'partners',
  home: 'home',
  arcsDraw: 'arcs-draw',
  pulse: 'pulse',
} as const;

export const LAYER_IDS = {
  ocean: 'ocean',
  land: 'land',
  homeCountry: 'home-country',
  borders: 'borders',
  arcsSolid: 'arcs-solid',
  arcsDashed: 'arcs-dashed',
  arcsDraw: 'arcs-draw',
  pulse: 'partners-pulse',
  islands: 'sovereignty-islands',
  partners: 'partners',
  home: 'home',
  partnerLabels: 'partner-labels',
  homeLabel: 'home-label',
  sovereigntyLabels: 'sovereignty-labels',
  seaLabel: 'sea-label',
} as const;

export const FONT_REGULAR = 'Be Vietnam Pro Regular';
export const FONT_BOLD = 'Be Vietnam Pro SemiBold';
