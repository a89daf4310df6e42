// Data studio with a large sheet (issue 18): a CSV of N rows (default 5,000) made from the shipped
// partners is opened in ?mode=studio, checked, then previewed on the map; prints the longest
// main-thread task of each step (PerformanceObserver 'longtask'). The budget is 200 ms.
// Usage: node scripts/studio-bench.mjs [--rows 5000] [--port 4298] [--no-build] [--trace dir]
// --trace dir: a Chrome trace of each step to dir/<step>.json, for scripts/trace-tasks.mjs (tracing
// itself slows the page: take the figures from a run without it).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const rows = Number(opt('rows', 5000));
const port = Number(opt('port', 4298));
const traceDir = opt('trace', null);
const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

// The sheet: the shipped partners repeated, each copy with its own id and a shifted position;
// summaries cut to 40 characters so the written file stays under the config's maxDataBytes.
const shipped = JSON.parse(readFileSync('data/partners.geojson', 'utf8')).features;
const quote = (s) => `"${String(s).replaceAll('"', '""')}"`;
const header = [
  'id',
  'name_vi',
  'name_en',
  'country',
  'kind',
  'relation',
  'signed',
  'lon',
  'lat',
  'fields',
  'summary_vi',
  'summary_en',
  'source_1_title',
  'source_1_url',
];
const lines = [header.join(',')];
for (let i = 0; i < rows; i += 1) {
  const { geometry: g, properties: p } = shipped[i % shipped.length];
  const copy = Math.floor(i / shipped.length);
  const lon = ((g.coordinates[0] + copy * 0.37 + 180) % 360) - 180;
  const lat = Math.max(-85, Math.min(85, g.coordinates[1] + ((copy % 7) - 3) * 0.21));
  lines.push(
    [
      `${p.id}-${copy}`,
      p.name.vi,
      `${p.name.en} ${copy}`,
      p.country,
      p.kind,
      p.relation,
      p.signed ?? '',
      lon.toFixed(4),
      lat.toFixed(4),
      p.fields.join('|'),
      p.summary.vi.slice(0, 40),
      p.summary.en.slice(0, 40),
      p.sources[0].title,
      p.sources[0].url,
    ]
      .map(quote)
      .join(','),
  );
}
const dir = mkdtempSync(join(tmpdir(), 'studio-bench-'));
const file = join(dir, `partners-${rows}.csv`);
writeFileSync(file, `${lines.join('\r\n')}\r\n`);

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stop);
const base = `http://localhost:${port}/`;
for (let i = 0; ; i += 1) {
  if (
    await fetch(base).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  if (i > 120) throw new Error(`preview server did not start on ${base}`);
  await new Promise((r) => setTimeout(r, 250));
}

const loadBefore = loadavg()[0];
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.addInitScript(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Long animation frames too: a frame's rendering (its commit, waiting for the GPU) included.
  window.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__frames.push({ start: e.startTime, ms: e.duration, blocking: e.blockingDuration });
  }).observe({ type: 'long-animation-frame', buffered: true });
});
const since = async (from) => {
  const [tasks, frames] = await page.evaluate(
    (t) => [window.__longTasks, window.__frames].map((l) => l.filter((x) => x.start >= t)),
    from,
  );
  const max = (list) => Math.round(Math.max(0, ...list.map((x) => x.ms)));
  return { count: tasks.length, longest: max(tasks), frame: max(frames) };
};
const now = () => page.evaluate(() => performance.now());
// Scoped: the sheet's controls and the tabs, never a walk through the preview's 5,000 list items.
const sheet = page.locator('.studio-main');
const bar = page.locator('.studio-bar');
const checked = async () => {
  await sheet.locator('.studio-problems[aria-busy="false"]').waitFor({ timeout: 120_000 });
  const first = await sheet
    .locator('[data-testid="studio-problems"] li')
    .first()
    .textContent({ timeout: 1000 })
    .catch(() => '');
  return `${await sheet.locator('#studio-problems-h').textContent()} ${first}`;
};

// Locators and probes are narrow (a status, a heading, one list item, a child count): a page-wide
// text search runs in the page and would itself be a long task.
const status = sheet.locator('.studio-start .studio-status');
const note = page.locator('.studio-preview-bar .studio-hint');
const hasText = (locator, text) => locator.filter({ hasText: text }).waitFor({ timeout: 120_000 });
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  ...(args.includes('--trace-gpu')
    ? ['gpu', 'gpu.service', 'disabled-by-default-gpu.service', 'disabled-by-default-gpu.decoder']
    : []),
];
// The map drawn and settled: its new data loaded in the worker and drawn (MapLibre's 'idle'; one
// repaint asked for so an already idle map answers too). Without it a step could end before the
// frame that draws the edit, and that frame's task would not be counted.
const mapIdle = () =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const map = window.__partnerMap.map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
// The step is over only with every layer shown (the engine shows layers a group per frame the
// first time) and the partners' markers and names drawn: an early 'idle' would end it too soon.
const drawnWhole = async () => {
  const missing = await page.evaluate(() => {
    const map = window.__partnerMap.map;
    const hidden = map
      .getStyle()
      .layers.filter((l) => l.layout?.visibility === 'none')
      .map((l) => l.id);
    const drawn = (layers) => map.queryRenderedFeatures({ layers }).length > 0;
    const absent = [
      'partner-groups',
      'partner-group-labels',
      'arcs-solid',
      'land',
      'borders',
    ].filter((id) => !drawn([id]));
    return [...hidden.map((id) => `${id} hidden`), ...absent.map((id) => `${id} not drawn`)];
  });
  if (missing.length) throw new Error(`preview map not drawn whole: ${missing.join(', ')}`);
};
const step = async (name, run) => {
  if (traceDir) {
    mkdirSync(traceDir, { recursive: true });
    await browser.startTracing(page, {
      path: join(traceDir, `${name}.json`),
      categories: TRACE_CATEGORIES,
    });
  }
  const t0 = await now();
  const wall = Date.now();
  await run();
  const done = Date.now() - wall;
  // A task still running when the step ends is reported to the observer after it: let two frames
  // and a timer pass so it is counted in this step, not lost.
  await page.evaluate(
    () =>
      new Promise((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))),
      ),
  );
  const result = { ...(await since(t0)), wall: done };
  if (traceDir) {
    await browser.stopTracing();
    // The trace's own account of the step's main-thread tasks (the long-task observer has been seen
    // to miss a compositor commit that waits for the GPU): printed beside the observer's figure.
    const out = spawnSync('node', ['scripts/trace-tasks.mjs', join(traceDir, `${name}.json`)], {
      encoding: 'utf8',
    }).stdout;
    result.traced = out.match(/longest by kind: (.*)/)?.[1] ?? '';
  }
  return result;
};

// Reference: the web page's own first load with the shipped data, in the same browser (software
// WebGL here: the map's first frames are long tasks whatever the studio does).
const reference = await step('reference', async () => {
  await page.goto(`${base}?lang=en`);
  await page.waitForFunction(() => Boolean(window.__partnerMap?.marks?.ready), null, {
    timeout: 120_000,
  });
  await mapIdle();
});

await page.goto(`${base}?mode=studio&lang=en`);
// The same probe as bench/lib/scenarios.mjs: SwiftShader means software WebGL.
const renderer = await page.evaluate(() => {
  const gl = document.createElement('canvas').getContext('webgl2');
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  return gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'none';
});
await hasText(status, `${shipped.length} rows`);
await page.locator('.studio-problems[aria-busy="false"] .studio-ok').waitFor({ timeout: 60_000 });

// Import: the file read (in the worker) and shown in the grid.
const load = await step('import', async () => {
  await page.locator('.studio-file input[type=file]').setInputFiles(file);
  await hasText(status, `${rows} rows`);
});
// Validate: the check of every row (in the worker) and its problems shown.
let problems = '';
const validate = await step('validate', async () => {
  problems = await checked();
});
// Edit one cell: rechecked, the change summary counted.
const edit = await step('edit', async () => {
  await sheet.locator('input[aria-label="name_en, row 2"]').fill('Edited partner');
  await sheet.locator('.studio-problems[aria-busy="true"]').waitFor({ timeout: 10_000 });
  await checked();
  await hasText(bar.locator('#studio-tab-changes'), /Changes \(\d+\)/);
});
// Preview: the real map app mounted with the valid rows.
const preview = await step('preview', async () => {
  await bar.locator('#studio-tab-preview').click();
  await page.waitForFunction(() => Boolean(window.__partnerMap?.marks?.ready), null, {
    timeout: 120_000,
  });
  await hasText(note, `uses the ${rows} valid rows`);
  await page.waitForFunction(
    (n) => (document.getElementById('partner-list')?.childElementCount ?? 0) >= n,
    rows,
    { polling: 100, timeout: 120_000 },
  );
  await mapIdle();
  await drawnWhole();
});
// Edit again with the preview open (mounted, hidden behind the sheet): the map takes the new data.
const editPreviewed = await step('edit-previewed', async () => {
  await bar.locator('#studio-tab-sheet').click();
  await sheet.locator('input[aria-label="name_en, row 3"]').fill('Edited partner two');
  await sheet.locator('.studio-problems[aria-busy="true"]').waitFor({ timeout: 10_000 });
  await checked();
  await bar.locator('#studio-tab-preview').click();
  await page.waitForFunction(
    (id) =>
      document
        .querySelector(`#partner-list [data-partner-id="${id}"]`)
        ?.textContent?.includes('Edited partner two'),
    `${shipped[1].properties.id}-0`,
    { polling: 100, timeout: 120_000 },
  );
  await mapIdle();
});
await browser.close();
stop();

const BUDGET = 200;
const verdict = (r) => (r.longest <= BUDGET ? 'within budget' : 'OVER budget');
const row = (name, r, judged = true) =>
  `${name.padEnd(26)} longest task ${String(r.longest).padStart(5)} ms  ${
    judged ? `budget ${BUDGET} ms: ${verdict(r).padEnd(13)}` : 'reference, no budget        '
  }  (${r.count} tasks over 50 ms, longest frame ${r.frame} ms, ${r.wall} ms wall)${r.traced ? `\n${' '.repeat(27)}trace: ${r.traced}` : ''}`;
const cores = cpus().length;
console.log(
  `Data studio, ${rows} rows (budget: no main-thread task over ${BUDGET} ms). ${problems}\n` +
    `WebGL: ${renderer}; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${cores} cores${
      loadBefore > cores * 0.5 ? ' (busy machine: other work lengthens every task)' : ''
    }`,
);
console.log(row('reference: web page load', reference, false));
console.log(row('import (read the file)', load));
console.log(row('validate (check, problems)', validate));
console.log(row('edit one cell + recheck', edit));
console.log(row('preview on the map', preview));
console.log(row('edit with preview open', editPreviewed));
const worst = Math.max(...[load, validate, edit, preview, editPreviewed].map((r) => r.longest));
console.log(
  `longest main-thread task: ${worst} ms ${worst <= BUDGET ? `(within ${BUDGET} ms)` : `(OVER ${BUDGET} ms)`}`,
);
