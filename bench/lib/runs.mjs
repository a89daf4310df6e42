// Drives the browser through every run: app, floor and DOM markers alternated per data set, then the
// app at 1920×1080 against 3840×2160.
import { HD, log, UHD, VARIANTS, VIEWPORT } from './config.mjs';
import { fmt } from './format.mjs';
import { measure } from './measure.mjs';
import { median, summarise } from './stats.mjs';

/** Runs each variant `runs` times per data set; returns the raw runs, network captures and the map size. */
export async function runVariants(
  browser,
  { base, datasetIds, datasets, runs, errors, variants = VARIANTS },
) {
  // The other pages copy the size of the app's map region, read in the app's first run (A comes first).
  let canvas = null;
  const raw = {};
  const network = {};
  for (const d of datasetIds) {
    raw[d] = Object.fromEntries(VARIANTS.map((v) => [v, []]));
    const [first, last] = datasets[d].years;
    const steps = [...Array.from({ length: last - first + 1 }, (_, i) => first + i), null];
    for (let i = 0; i < runs; i += 1) {
      for (const v of variants) {
        const t = Date.now();
        const r = await measure(browser, {
          base,
          variant: v,
          dataset: datasets[d],
          viewport: VIEWPORT,
          size: canvas ?? undefined,
          steps,
          captureNetwork: d === 'shipped' && i === 0,
        });
        raw[d][v].push(r);
        if (v === 'app' && r.ok && !canvas) canvas = r.canvas;
        if (v !== 'app' && !canvas && !errors.some((e) => e.startsWith('size:')))
          errors.push(
            'size: the app has not loaded yet, so the other pages use the whole viewport',
          );
        if (r.network) network[v] = r.network;
        if (!r.ok) errors.push(`${d} ${v} run ${i + 1}: ${r.error}`);
        for (const e of r.errors ?? []) errors.push(`${d} ${v} run ${i + 1}: page error: ${e}`);
        log(
          `${d.padEnd(7)} ${v.padEnd(7)} run ${i + 1}/${runs}: ${r.ok ? `idle ${fmt(r.loadMs)} ms, year p95 ${fmt(r.year?.p95, 1)} ms, pan p95 ${fmt(r.pan.p95, 1)} ms (${r.pan.renders} frames)` : `FAILED ${r.error}`} [${((Date.now() - t) / 1000).toFixed(1)} s]`,
        );
      }
    }
  }
  return { raw, network, canvas };
}

/** 4K against 1920×1080: the app only, shipped data, pan only, alternated; null for no pairs. */
export async function runResolution(browser, { base, dataset, pairs, errors }) {
  const res = { hd: [], uhd: [] };
  for (let i = 0; i < pairs; i += 1) {
    for (const [key, viewport] of [
      ['hd', HD],
      ['uhd', UHD],
    ]) {
      const r = await measure(browser, {
        base,
        variant: 'app',
        dataset,
        viewport,
        steps: null,
        captureNetwork: false,
      });
      res[key].push(r);
      if (!r.ok) errors.push(`resolution ${key} run ${i + 1}: ${r.error}`);
      log(
        `app ${viewport.width}×${viewport.height} run ${i + 1}/${pairs}: ${r.ok ? `pan p95 ${fmt(r.pan.p95, 1)} ms (${r.pan.renders} frames)` : `FAILED ${r.error}`}`,
      );
    }
  }
  return !pairs
    ? null
    : {
        hd: {
          viewport: HD,
          ...summarise(res.hd),
          panP95: median(res.hd.filter((r) => r.ok).map((r) => r.pan.p95)),
        },
        uhd: {
          viewport: UHD,
          ...summarise(res.uhd),
          panP95: median(res.uhd.filter((r) => r.ok).map((r) => r.pan.p95)),
        },
      };
}
