// The budgets of issue 8, checked against a summary.
import { readFileSync, statSync } from 'node:fs';
import { firstViewOwnJs } from './bundle.mjs';
import { kB } from './format.mjs';
import { dataName, ordered, ratio } from './stats.mjs';

export const BUDGETS = {
  loadShipped: 1.25,
  load5000: 1.5,
  frameVsFloor: 1.1,
  frameVsMarkers5000: 1 / 5,
  ownJsBytes: 90_000,
  basemapBytes: 250_000,
  fontBytes: 120_000,
  // Issue 19: fonts of a first view per interface language (base, every name file, its own file).
  fontBytesByLang: {
    vi: 120e3,
    en: 120e3,
    ko: 160e3,
    ja: 320e3,
    zh: 320e3,
    lo: 140e3,
    th: 140e3,
    ru: 140e3,
  },
  uhdVsHd: 4.5,
  // Issue 15: the grouped app against the floor, which draws every arc and marker.
  load5000Grouped: 1.0,
  frame5000Grouped: 0.6,
  pan500Grouped: 1.0,
};

export function evaluateBudgets(summary, resolution, bundle, network, firstViews) {
  const list = [];
  const add = (name, value, limit, detail, mode = 'max') =>
    list.push({
      name,
      value,
      limit,
      detail,
      met:
        value === null || value === undefined
          ? null
          : mode === 'max'
            ? value <= limit
            : value >= limit,
    });
  const s = (d, v, k) => summary[d]?.[v]?.[k] ?? null;
  if (summary.shipped)
    add(
      'first idle, shipped data: app/floor',
      ratio(s('shipped', 'app', 'loadMs'), s('shipped', 'floor', 'loadMs')),
      BUDGETS.loadShipped,
      '≤ 1.25×',
    );
  add(
    'first idle, 5,000: app/floor',
    summary['5000'] ? ratio(s('5000', 'app', 'loadMs'), s('5000', 'floor', 'loadMs')) : null,
    BUDGETS.load5000,
    '≤ 1.5×',
  );
  // Issue 15: at world zoom the app draws a few hundred groups and arcs, the floor all of them.
  add(
    'first idle, 5,000, grouped: app/floor',
    summary['5000'] ? ratio(s('5000', 'app', 'loadMs'), s('5000', 'floor', 'loadMs')) : null,
    BUDGETS.load5000Grouped,
    '≤ 1.0× (issue 15)',
  );
  for (const [key, what] of [
    ['panP95', 'pan'],
    ['yearP95', 'year scrub'],
  ])
    add(
      `p95 frame, ${what}, 5,000, grouped: app/floor`,
      summary['5000'] ? ratio(s('5000', 'app', key), s('5000', 'floor', key)) : null,
      BUDGETS.frame5000Grouped,
      '≤ 0.6× (issue 15)',
    );
  add(
    'p95 frame, pan, 500, grouped: app/floor',
    summary['500'] ? ratio(s('500', 'app', 'panP95'), s('500', 'floor', 'panP95')) : null,
    BUDGETS.pan500Grouped,
    '≤ 1.0× (issue 15)',
  );
  for (const d of ordered(summary)) {
    for (const [key, what] of [
      ['yearP95', 'year scrub'],
      ['panP95', 'pan'],
    ]) {
      add(
        `p95 frame, ${what}, ${dataName(d)}: app/floor`,
        ratio(s(d, 'app', key), s(d, 'floor', key)),
        BUDGETS.frameVsFloor,
        '≤ 1.1×',
      );
    }
  }
  for (const [key, what] of [
    ['yearP95', 'year scrub'],
    ['panP95', 'pan'],
  ]) {
    add(
      `p95 frame, ${what}, 5,000: app/DOM markers`,
      summary['5000'] ? ratio(s('5000', 'app', key), s('5000', 'markers', key)) : null,
      BUDGETS.frameVsMarkers5000,
      '≤ 0.2× (1/5)',
    );
  }
  // On what the first view fetches; everything the app can load (dialogs, modes) is printed beside it.
  // Issue 19: vi (the default), en and the kiosk each; a saved result without them has vi only.
  const views = firstViews ?? { vi: network };
  for (const [id, capture] of Object.entries(views))
    add(
      `our own JS for the first view, ${id} (gzip)`,
      firstViewOwnJs(bundle, capture)?.bytes ?? null,
      BUDGETS.ownJsBytes,
      `≤ 90 kB; all app chunks ${kB(bundle.ownJs)}`,
    );
  add(
    'basemap data for the first view (gzip)',
    network?.basemap ?? null,
    BUDGETS.basemapBytes,
    '≤ 250 kB',
  );
  add(
    'fonts for the first view (fetched; native names included)',
    network?.fonts ?? null,
    BUDGETS.fontBytes,
    '≤ 120 kB',
  );
  for (const [lang, limit] of Object.entries(BUDGETS.fontBytesByLang)) {
    add(
      `fonts for a first view in ${lang} (files)`,
      fontFilesFor(lang),
      limit,
      `≤ ${limit / 1000} kB`,
    );
  }
  add(
    'pan p95 frame, 3840×2160 / 1920×1080 (app)',
    resolution ? ratio(resolution.uhd.panP95, resolution.hd.panP95) : null,
    BUDGETS.uhdVsHd,
    '≤ 4.5×',
  );
  return list;
}

const FONTS = new URL('../../src/assets/fonts/', import.meta.url);
/** Bytes of the font files a first view in `lang` draws with (src/assets/fonts/fonts.json). */
function fontFilesFor(lang) {
  const { files } = JSON.parse(readFileSync(new URL('fonts.json', FONTS), 'utf8'));
  return files
    .filter((f) => f.kind === 'base' || f.kind === 'names' || (f.kind === 'ui' && f.lang === lang))
    .reduce((sum, f) => sum + statSync(new URL(f.file, FONTS)).size, 0);
}
