// The printed table, and the change against an earlier result.
import { firstViewOwnJs } from './bundle.mjs';
import { VARIANT_LABEL, VARIANTS, VIEWPORT } from './config.mjs';
import { fmt, fmtRatio, kB } from './format.mjs';
import { METRICS, ordered, ratio } from './stats.mjs';

/** Left out of "our own JS", as bench/vite.bench.config.ts's VENDOR. */
const VENDOR_PACKAGES = new Set(['react', 'react-dom', 'scheduler', 'maplibre-gl']);

function datasetLabel(d, datasets) {
  return d === 'shipped' ? `shipped (${datasets[d].count})` : Number(d).toLocaleString('en-US');
}

export function table(result) {
  const { summary, datasets, resolution, bundle, network, budgets } = result;
  const lines = [];
  lines.push(
    `Partner map benchmark, ${result.date} — ${result.mode}: median of ${result.runs} runs each, variants alternated A B C`,
  );
  lines.push(
    `Machine: ${result.machine.cpu} × ${result.machine.cores}, ${result.machine.memoryGB} GB RAM, ${result.machine.os}, Node ${result.machine.node}; load average ${result.machine.loadAverage.join(' → ')}`,
  );
  lines.push(`Browser: Chromium ${result.browser.version}, WebGL: ${result.browser.webgl}`);
  lines.push(
    `Viewport ${VIEWPORT.width}×${VIEWPORT.height}; every page draws a ${result.canvas.width}×${result.canvas.height} map (the app's map region)`,
  );
  lines.push('');
  lines.push('| partners | metric | app | floor | DOM markers | app/floor | app/markers |');
  lines.push('|---|---|--:|--:|--:|--:|--:|');
  for (const d of ordered(summary)) {
    for (const [key, label, , digits] of METRICS) {
      const [a, f, m] = VARIANTS.map((v) => summary[d][v]?.[key] ?? null);
      lines.push(
        `| ${datasetLabel(d, datasets)} | ${label} | ${fmt(a, digits)} | ${fmt(f, digits)} | ${fmt(m, digits)} | ${fmtRatio(ratio(a, f))} | ${fmtRatio(ratio(a, m))} |`,
      );
    }
  }
  for (const d of ordered(summary)) {
    const spread = (v) => {
      const s = summary[d][v];
      return s?.panSpread
        ? `${fmt(s.panSpread[0], 1)}–${fmt(s.panSpread[1], 1)} (${s.panFrames} frames)`
        : '–';
    };
    lines.push(
      `| ${datasetLabel(d, datasets)} | pan: p95 of single runs, lowest–highest (ms) | ${VARIANTS.map(spread).join(' | ')} | | |`,
    );
  }
  if (resolution) {
    lines.push(
      `| shipped | app pan p95 frame (ms), 1920×1080 → 3840×2160 | ${fmt(resolution.hd.panP95, 1)} → ${fmt(resolution.uhd.panP95, 1)} | | | 4K/HD ${fmtRatio(ratio(resolution.uhd.panP95, resolution.hd.panP95))} | |`,
    );
  }
  lines.push(
    `| – | our own JS, gzip (app chunks, all but react, react-dom, maplibre-gl) | ${kB(bundle.ownJs)} | | | | |`,
  );
  if (network) {
    lines.push(
      `| shipped | basemap data fetched for the first view, gzip | ${kB(network.app.basemap)} | ${kB(network.floor?.basemap)} | | | |`,
    );
    lines.push(
      `| shipped | fonts fetched for the first view | ${kB(network.app.fonts)} | ${kB(network.floor?.fonts)} | ${kB(network.markers?.fonts)} | | |`,
    );
    const twice = (v) => (network[v] ? String(new Set(network[v].repeated).size) : '–');
    lines.push(
      `| shipped | files fetched twice for the first view | ${twice('app')} | ${twice('floor')} | ${twice('markers')} | | |`,
    );
    lines.push(
      `| shipped | JS fetched for the first view, gzip | ${kB(network.app.js)} | ${kB(network.floor?.js)} | ${kB(network.markers?.js)} | | |`,
    );
    lines.push(
      `| shipped | our own JS for the first view, gzip (app chunks fetched before first idle) | ${kB(firstViewOwnJs(bundle, network.app)?.bytes)} | | | | |`,
    );
  }
  lines.push('');
  lines.push('Budgets (issues 8 and 15):');
  for (const b of budgets) {
    const value = b.limit >= 1000 ? kB(b.value) : fmtRatio(b.value);
    const verdict = b.met === null ? 'not measured' : b.met ? 'met' : 'NOT MET';
    lines.push(`  ${verdict.padEnd(12)} ${b.name}: ${value} (${b.detail})`);
  }
  lines.push('');
  if (result.firstViews) lines.push(...firstViewLines(bundle, result.firstViews), '');
  const firstView = new Set(firstViewOwnJs(bundle, network?.app)?.chunks ?? []);
  lines.push(
    'Gzip bytes per chunk (bench/results/dist/assets; * = fetched for the first view, + = the app loads on demand):',
  );
  for (const a of bundle.assets.filter((x) => !/\.woff2$/.test(x.file))) {
    const own = a.ownGzip !== null ? `, own code ~${kB(a.ownGzip)}` : '';
    const top = a.top.length ? ` [${a.top.join(', ')}]` : '';
    lines.push(
      `  ${firstView.has(a.file) ? '*' : a.app ? '+' : ' '} ${a.file.padEnd(44)} ${kB(a.gzip).padStart(10)} gzip (${kB(a.raw)} raw${own})${top}`,
    );
  }
  const errors = result.errors;
  if (errors.length) {
    lines.push('');
    lines.push(`Notes, failed runs and page errors (${errors.length}):`);
    for (const e of errors.slice(0, 20)) lines.push(`  ${e}`);
  }
  return lines.join('\n');
}

export function compare(oldResult, result) {
  const lines = [`Change against ${oldResult.date} (${oldResult.mode}):`];
  const pct = (a, b) =>
    a === null || b === null || a === undefined || b === undefined || a === 0
      ? '–'
      : `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(0)}%`;
  for (const d of ordered(result.summary)) {
    for (const v of VARIANTS) {
      for (const [key, label, , digits] of METRICS) {
        const a = oldResult.summary?.[d]?.[v]?.[key];
        const b = result.summary[d]?.[v]?.[key];
        if (a === undefined || a === null) continue;
        lines.push(
          `  ${d.padEnd(8)} ${VARIANT_LABEL[v].padEnd(12)} ${label.padEnd(38)} ${fmt(a, digits).padStart(8)} → ${fmt(b, digits).padStart(8)}  ${pct(a, b)}`,
        );
      }
    }
  }
  const uhdHd = (r) =>
    r?.resolution ? ratio(r.resolution.uhd.panP95, r.resolution.hd.panP95) : null;
  lines.push(`  app pan p95 4K/HD: ${fmtRatio(uhdHd(oldResult))} → ${fmtRatio(uhdHd(result))}`);
  lines.push(`  our own JS gzip: ${kB(oldResult.bundle?.ownJs)} → ${kB(result.bundle.ownJs)}`);
  lines.push(
    `  our own JS for the first view, gzip: ${kB(firstViewOwnJs(oldResult.bundle ?? { assets: [] }, oldResult.network?.app)?.bytes)} → ${kB(firstViewOwnJs(result.bundle, result.network?.app)?.bytes)}`,
  );
  for (const b of result.budgets) {
    const old = oldResult.budgets?.find((x) => x.name === b.name);
    if (old && old.met !== b.met)
      lines.push(
        `  budget "${b.name}": ${old.met ? 'met' : old.met === null ? 'not measured' : 'not met'} → ${b.met ? 'met' : b.met === null ? 'not measured' : 'not met'}`,
      );
  }
  return lines.join('\n');
}

/** Issue 19: our own JS per first view (vi, en, kiosk), chunk by chunk with its largest packages. */
export function firstViewLines(bundle, firstViews, limit) {
  const lines = [
    'Our own JS for the first view, gzip, per view (chunks fetched before the first idle):',
  ];
  for (const [id, capture] of Object.entries(firstViews)) {
    const own = firstViewOwnJs(bundle, capture);
    const verdict = !limit || !own ? '' : own.bytes <= limit ? ' — met' : ' — NOT MET';
    lines.push(`  ${id}: ${kB(own?.bytes)}${limit ? ` (≤ ${kB(limit)})` : ''}${verdict}`);
    for (const file of own?.chunks ?? []) {
      const a = bundle.assets.find((x) => x.file === file);
      const chunk = a ? `${kB(a.ownGzip).padStart(10)} own` : '';
      lines.push(
        `      ${file.padEnd(44)} ${chunk}${a?.top.length ? ` [${a.top.join(', ')}]` : ''}`,
      );
    }
    // Each package's share (minified alone, gzip: the parts add up to a little more than the whole).
    const shares = new Map();
    for (const file of own?.chunks ?? [])
      for (const [pkg, bytes] of Object.entries(
        bundle.assets.find((x) => x.file === file)?.packages ?? {},
      ))
        if (!VENDOR_PACKAGES.has(pkg)) shares.set(pkg, (shares.get(pkg) ?? 0) + bytes);
    const parts = [...shares].sort((x, y) => y[1] - x[1]).map(([p, b]) => `${p} ${kB(b)}`);
    if (parts.length) lines.push(`      by package: ${parts.join(', ')}`);
  }
  return lines;
}
