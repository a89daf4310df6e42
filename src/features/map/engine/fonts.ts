import type { FontFacesSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url';
import vi400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url';
import latin600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-600-normal.woff2?url';
import vi600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-600-normal.woff2?url';
import { FONT_BOLD, FONT_REGULAR } from '@/config/map-theme';

// Unicode ranges as in src/styles/fonts.css: the same two subsets, so labels reuse the page's files.
const VI = [
  'U+0102-0103',
  'U+0110-0111',
  'U+0128-0129',
  'U+0168-0169',
  'U+01A0-01A1',
  'U+01AF-01B0',
  'U+0300-0301',
  'U+0303-0304',
  'U+0308-0309',
  'U+0323',
  'U+0329',
  'U+1EA0-1EF9',
  'U+20AB',
];
const LATIN = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];

const faces = (vi: string, latin: string) => [
  { url: new URL(vi, document.baseURI).href, 'unicode-range': VI },
  { url: new URL(latin, document.baseURI).href, 'unicode-range': LATIN },
];

/** Bundled fonts for map labels: no glyph server is ever asked. */
export function fontFaces(): FontFacesSpecification {
  return {
    [FONT_REGULAR]: faces(vi400, latin400),
    [FONT_BOLD]: faces(vi600, latin600),
  };
}
