// Benchmark (issue 8): the app against the bare-MapLibre floor and the DOM-marker technique.
// Usage: npm run bench -- [--quick] [--compare old.json] [--runs N] [--data shipped,500,5000]
//                        [--port 4317] [--out file.json] [--no-build] [--print saved.json]
// Builds with bench/vite.bench.config.ts, serves bench/results/dist/ with `vite preview`, drives headless Chromium,
// prints one table and writes bench/results/latest.json. Never part of `npm test`: machines are noisy.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  CHROMIUM_ARGS,
  findChromium,
  hasPlaywrightBrowser,
  HOW_TO_GET_CHROMIUM,
} from '../scripts/find-chromium.mjs';
import { stringifyPartners, generatePartners } from './generate.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(root, 'bench/results/dist');
const CONFIG = 'bench/vite.bench.config.ts';
const VITE = join(root, 'node_modules/vite/bin/vite.js');

const VARIANTS = ['app', 'floor', 'markers'];
const VARIANT_LABEL = { app: 'app', floor: 'floor', markers: 'DOM markers' };
const VIEWPORT = { width: 1280, height: 800 };
const HD = { width: 1920, height: 1080 };
const UHD = { width: 3840, height: 2160 };

// Every wait is bounded in time; every loop in count.
const LIMITS = {
  serverStartMs: 30_000,
  loadMs: 120_000,
  scrubMs: 3_000,
  scrubMaxMs: 30_000,
  scrubSettleMs: 15_000,
  runMs: 240_000,
  panMs: 5_000,
  panSpeedPxPerS: 300,
  settleMs: 300,
  idleMs: 10_000,
  quickPairBeforeMs: 240_000,
};

const BUDGETS = {
  loadShipped: 1.25,
  load5000: 1.5,
  frameVsFloor: 1.1,
  frameVsMarkers5000: 1 / 5,
  ownJsBytes: 90_000,
  basemapBytes: 250_000,
  fontBytes: 60_000,
  uhdVsHd: 4.5,
};

function parseArgs(argv) {
  const args = {
    quick: false,
    build: true,
    compare: null,
    runs: null,
    port: 4317,
    out: null,
    data: null,
    print: null,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--no-build') args.build = false;
    else if (a === '--compare') args.compare = argv[(i += 1)];
    else if (a === '--runs') args.runs = Number(argv[(i += 1)]);
    else if (a === '--port') args.port = Number(argv[(i += 1)]);
    else if (a === '--out') args.out = argv[(i += 1)];
    else if (a === '--print') args.print = argv[(i += 1)];
    else if (a === '--data') args.data = String(argv[(i += 1)]).split(',');
    else throw new Error(`unknown argument ${a}; see the usage line in bench/run.mjs`);
  }
  if (args.data?.some((d) => d !== 'shipped' && !/^[1-9]\d{0,4}$/.test(d)))
    throw new Error('--data expects a list of "shipped" and partner counts, e.g. shipped,500,5000');
  if (args.runs !== null && !(Number.isInteger(args.runs) && args.runs > 0 && args.runs < 100))
    throw new Error('--runs expects a whole number from 1 to 99');
  return args;
}

const log = (...parts) => console.error(...parts);

// ---------------------------------------------------------------- statistics

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

// ---------------------------------------------------------------- build, data, server

function run(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      ...options,
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`${command} ${args.join(' ')}: exit ${code}`)),
    );
  });
}

/**
 * Whether each scrub step changes which partners show: the scrub starts from "all" (null); a
 * later year shows partners signed up to it; "all" adds the undated ones.
 */
export function stepChanges(steps, { signedYears, undated }) {
  const signed = new Set(signedYears);
  const first = Math.min(...signedYears);
  return steps.map((year, i) => {
    const prev = i === 0 ? null : steps[i - 1];
    if (prev === null) return year === null || year < Math.max(...signedYears) || undated > 0;
    if (year === null) return undated > 0 || prev < Math.max(...signedYears);
    if (year <= first && prev <= first) return false;
    for (let y = Math.min(prev, year) + 1; y <= Math.max(prev, year); y += 1)
      if (signed.has(y)) return true;
    return false;
  });
}

export function writeDatasets(datasets) {
  const dir = join(OUT_DIR, 'bench-data');
  mkdirSync(dir, { recursive: true });
  const out = {};
  for (const d of datasets) {
    if (d === 'shipped') {
      out[d] = { file: 'data/partners.geojson', count: null };
      continue;
    }
    const count = Number(d);
    const file = `bench-data/partners-${count}.geojson`;
    writeFileSync(join(OUT_DIR, file), stringifyPartners(generatePartners({ count, seed: 8 })));
    out[d] = { file, count };
  }
  for (const d of Object.values(out)) {
    const collection = JSON.parse(readFileSync(join(OUT_DIR, d.file), 'utf8'));
    d.count = collection.features.length;
    d.bytes = statSync(join(OUT_DIR, d.file)).size;
    const years = collection.features
      .map((f) => f.properties.signed)
      .filter(Boolean)
      .map((s) => Number(s.slice(0, 4)));
    d.years = [Math.min(...years), Math.max(...years)];
    d.signedYears = [...new Set(years)];
    d.undated = d.count - years.length;
  }
  return out;
}

function portIsFree(port) {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen({ port, host: '127.0.0.1' }, () => server.close(() => resolvePromise(true)));
  });
}

async function freePort(first) {
  for (let port = first; port < first + 50; port += 1) {
    if (port !== 4173 && (await portIsFree(port))) return port;
  }
  throw new Error(`no free port in ${first}..${first + 49}`);
}

export async function startPreview(port) {
  const child = spawn(
    process.execPath,
    [VITE, 'preview', '-c', CONFIG, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const base = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + LIMITS.serverStartMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${stderr}`);
    try {
      const response = await fetch(base);
      if (response.ok) return { child, base };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${base} within ${LIMITS.serverStartMs} ms`);
}

// ---------------------------------------------------------------- in-page measurements

function pageUrl(base, variant, dataset, size, extra = {}) {
  const params = new URLSearchParams(extra);
  if (dataset.file !== 'data/partners.geojson') params.set('data', `/${dataset.file}`);
  if (variant === 'app') return `${base}${params.size ? `?${params}` : ''}`;
  if (!params.has('data')) params.set('data', '/data/partners.geojson');
  if (size) params.set('size', `${size.width}x${size.height}`);
  return `${base}bench/${variant}.html?${params}`;
}

/**
 * Scrubs the year through the whole range (then back to "all") at a steady pace, like dragging the
 * timeline slider, then waits (bounded) for the map to settle. Frame times run render to render; after
 * an `idle` the next interval starts at the next step, so idle gaps between steps are not frames.
 */
async function yearScrub({ years, changes, durationMs, maxMs, settleMs }) {
  const { map, setYear } = window.__partnerMap;
  const events = [];
  const onRender = () => events.push(['render', performance.now()]);
  const onIdle = () => events.push(['idle', performance.now()]);
  map.on('render', onRender);
  map.on('idle', onIdle);
  const interval = durationMs / years.length;
  const t0 = performance.now();
  let stepped = 0;
  for (let i = 0; i < years.length && performance.now() - t0 < maxMs; i += 1) {
    const due = t0 + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    events.push(['step', performance.now(), changes[i]]);
    setYear(years[i]);
    stepped += 1;
  }
  const lastStep = performance.now();
  const settled = await new Promise((done) => {
    const timer = setTimeout(() => done(false), settleMs);
    map.once('idle', () => {
      clearTimeout(timer);
      done(true);
    });
  });
  const end = performance.now();
  map.off('render', onRender);
  map.off('idle', onIdle);
  // A step that changes which partners show starts a frame when the map was idle; a step that changes
  // nothing needs no new frame on any page, so it starts none (the app then draws nothing at all).
  const frames = [];
  let prev = null;
  let renders = 0;
  for (const [type, t, changes] of events) {
    if (type === 'step' && changes && prev === null) prev = t;
    else if (type === 'idle') prev = null;
    else if (type === 'render') {
      renders += 1;
      if (prev !== null) frames.push(t - prev);
      prev = t;
    }
  }
  return { renders, frames, settleMs: end - lastStep, settled, stepped, elapsedMs: end - t0 };
}

/** Pans continuously (a fixed speed in CSS px/s, like a steady drag) for `durationMs`. */
async function pan({ durationMs, speed }) {
  const { map } = window.__partnerMap;
  const renders = [];
  const onRender = () => renders.push(performance.now());
  map.on('render', onRender);
  const t0 = performance.now();
  await new Promise((done) => {
    const hardStop = setTimeout(done, durationMs + 5000);
    let last = t0;
    const tick = (now) => {
      if (now - t0 >= durationMs) {
        clearTimeout(hardStop);
        done();
        return;
      }
      map.panBy([(speed * Math.max(0, now - last)) / 1000, 0], { animate: false });
      last = Math.max(last, now);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  map.off('render', onRender);
  const frames = [];
  let prev = t0;
  for (const r of renders) {
    frames.push(r - prev);
    prev = r;
  }
  return { renders: renders.length, frames, elapsedMs: performance.now() - t0 };
}

function waitIdle({ timeoutMs }) {
  const { map } = window.__partnerMap;
  if (map.loaded() && !map.isMoving()) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    map.once('idle', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

function webglRenderer() {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 'no WebGL2';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

// ---------------------------------------------------------------- one run

const BASEMAP_URL = /countries-\d+m|land-\d+m|\/basemap\//;
const FONT_URL = /\.(woff2?|ttf|otf)(\?|$)/;

/** Bytes over the wire if served gzip-compressed (fonts are already compressed: raw size). */
async function networkBytes(responses) {
  const out = { basemap: 0, fonts: 0, js: 0, css: 0, data: 0, files: [], repeated: [] };
  const seen = new Set();
  for (const r of responses) {
    // A file asked for twice (e.g. a font by CSS and by MapLibre) is counted once and listed.
    if (seen.has(r.url())) {
      out.repeated.push(new URL(r.url()).pathname);
      continue;
    }
    seen.add(r.url());
    let body;
    try {
      body = await r.body();
    } catch {
      continue;
    }
    const url = new URL(r.url());
    const font = FONT_URL.test(url.pathname);
    const bytes = font ? body.length : gzipSync(body).length;
    const kind = font
      ? 'fonts'
      : BASEMAP_URL.test(url.pathname)
        ? 'basemap'
        : /\.m?js$/.test(url.pathname)
          ? 'js'
          : /\.css$/.test(url.pathname)
            ? 'css'
            : /\.(geo)?json$/.test(url.pathname)
              ? 'data'
              : null;
    if (kind) out[kind] += bytes;
    out.files.push({ path: url.pathname, kind, bytes });
  }
  return out;
}

export async function measure(
  browser,
  { base, variant, dataset, viewport, size, steps, captureNetwork, params },
) {
  // Every run is a first visit; service workers are blocked (as in the e2e tests) so the app's
  // offline precache does not compete with the measurement and no run starts from its cache.
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const responses = [];
  if (captureNetwork) page.on('response', (r) => responses.push(r));
  // A run that hangs is cut off: closing the context makes the pending call throw.
  const watchdog = setTimeout(() => void context.close().catch(() => {}), LIMITS.runMs);
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(pageUrl(base, variant, dataset, size, params), {
      waitUntil: 'commit',
      timeout: 30_000,
    });
    await page.waitForFunction(() => window.__partnerMap?.marks?.ready, null, {
      timeout: LIMITS.loadMs,
      polling: 50,
    });
    const loadMs = await page.evaluate(() => window.__partnerMap.marks.ready);
    const network = captureNetwork ? await networkBytes([...responses]) : null;
    const canvas = await page.evaluate(() => {
      const c = window.__partnerMap.map.getCanvas();
      return { width: c.clientWidth, height: c.clientHeight };
    });
    await page.waitForTimeout(LIMITS.settleMs);
    await page.evaluate(waitIdle, { timeoutMs: LIMITS.idleMs });
    const year = steps
      ? await page.evaluate(yearScrub, {
          years: steps,
          changes: stepChanges(steps, dataset),
          durationMs: LIMITS.scrubMs,
          maxMs: LIMITS.scrubMaxMs,
          settleMs: LIMITS.scrubSettleMs,
        })
      : null;
    await page.evaluate(waitIdle, { timeoutMs: LIMITS.idleMs });
    const panned = await page.evaluate(pan, {
      durationMs: LIMITS.panMs,
      speed: LIMITS.panSpeedPxPerS,
    });
    await page.evaluate(waitIdle, { timeoutMs: LIMITS.idleMs });
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return {
      ok: true,
      loadMs,
      canvas,
      year: year && {
        renders: year.renders,
        p95: percentile(year.frames, 95),
        p50: percentile(year.frames, 50),
        settleMs: year.settleMs,
        settled: year.settled,
        stepped: `${year.stepped}/${steps.length}`,
      },
      pan: {
        renders: panned.renders,
        p95: percentile(panned.frames, 95),
        p50: percentile(panned.frames, 50),
        fps: (panned.renders * 1000) / panned.elapsedMs,
      },
      heapMB: heap.usedSize / 1e6,
      network,
      errors,
    };
  } catch (error) {
    return { ok: false, error: String(error?.message ?? error).split('\n')[0], errors };
  } finally {
    clearTimeout(watchdog);
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------- bundle

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function bundleReport() {
  const report = JSON.parse(readFileSync(join(OUT_DIR, 'bench-chunks.json'), 'utf8'));
  const byFile = new Map(report.chunks.map((c) => [c.fileName, c]));
  const entry = report.chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('/index.html'));
  const appChunks = new Set();
  const queue = entry ? [entry.fileName] : [];
  for (let i = 0; i < queue.length && i < 1000; i += 1) {
    const name = queue[i];
    if (appChunks.has(name)) continue;
    appChunks.add(name);
    const chunk = byFile.get(name);
    if (chunk) queue.push(...chunk.imports, ...chunk.dynamicImports);
  }
  const assets = listFiles(join(OUT_DIR, 'assets'))
    .filter((f) => !/\.woff$/.test(f))
    .map((file) => {
      const name = relative(OUT_DIR, file);
      const raw = readFileSync(file);
      const chunk = byFile.get(name);
      const top = chunk
        ? Object.entries(chunk.packages)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 3)
            .map(([p]) => p)
        : [];
      return {
        file: name,
        raw: raw.length,
        gzip: /\.woff2$/.test(file) ? raw.length : gzipSync(raw).length,
        app: appChunks.has(name),
        ownGzip: chunk?.ownGzip ?? null,
        top,
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const ownJs = report.chunks
    .filter((c) => appChunks.has(c.fileName))
    .reduce((sum, c) => sum + c.ownGzip, 0);
  return { assets, ownJs, appChunks: [...appChunks] };
}

/**
 * Our own JS (bench-chunks.json's `ownGzip`) of the app's chunks fetched before its first idle: what
 * the first view needs. From the bundle report and the first run's network capture, so `--print`
 * can work it out for saved results too. Null without a capture.
 */
function firstViewOwnJs(bundle, appNetwork) {
  if (!appNetwork?.files) return null;
  const fetched = appNetwork.files.filter((f) => f.kind === 'js').map((f) => f.path);
  const chunks = bundle.assets.filter(
    (a) => a.ownGzip !== null && fetched.some((path) => path.endsWith(`/${a.file}`)),
  );
  return {
    bytes: chunks.reduce((sum, a) => sum + a.ownGzip, 0),
    chunks: chunks.map((a) => a.file),
  };
}

// ---------------------------------------------------------------- summary, budgets, table

const METRICS = [
  ['loadMs', 'first idle (ms)', (r) => r.loadMs, 0],
  ['yearRenders', 'year scrub: map frames', (r) => r.year?.renders, 0],
  ['yearP95', 'year scrub: p95 frame (ms)', (r) => r.year?.p95, 1],
  ['yearSettle', 'year scrub: last step → idle (ms)', (r) => r.year?.settleMs, 0],
  ['panRenders', 'pan 5 s: map frames', (r) => r.pan?.renders, 0],
  ['panP95', 'pan 5 s: p95 frame (ms)', (r) => r.pan?.p95, 1],
  ['heapMB', 'JS heap after (MB)', (r) => r.heapMB, 1],
];

function summarise(runs) {
  const ok = runs.filter((r) => r.ok);
  const out = { runs: runs.length, ok: ok.length };
  for (const [key, , get] of METRICS) out[key] = median(ok.map(get).filter((x) => x !== undefined));
  return out;
}

const round2 = (x) => Math.round(x * 100) / 100;

const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);

/** Dataset ids in table order: shipped first, then by size (object keys would put "500" first). */
const ordered = (summary) =>
  Object.keys(summary).sort((a, b) =>
    a === 'shipped' ? -1 : b === 'shipped' ? 1 : Number(a) - Number(b),
  );

const dataName = (d) => (d === 'shipped' ? 'shipped data' : Number(d).toLocaleString('en-US'));

function evaluateBudgets(summary, resolution, bundle, network) {
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
  add(
    'our own JS for the first view (gzip; all app chunks in brackets)',
    firstViewOwnJs(bundle, network)?.bytes ?? null,
    BUDGETS.ownJsBytes,
    `≤ 90 kB; all app chunks ${kB(bundle.ownJs)}`,
  );
  add(
    'basemap data for the first view (gzip)',
    network?.basemap ?? null,
    BUDGETS.basemapBytes,
    '≤ 250 kB',
  );
  add('fonts for the first view', network?.fonts ?? null, BUDGETS.fontBytes, '≤ 60 kB');
  add(
    'pan p95 frame, 3840×2160 / 1920×1080 (app)',
    resolution ? ratio(resolution.uhd.panP95, resolution.hd.panP95) : null,
    BUDGETS.uhdVsHd,
    '≤ 4.5×',
  );
  return list;
}

const fmt = (x, digits = 0) =>
  x === null || x === undefined
    ? '–'
    : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const fmtRatio = (x) => (x === null ? '–' : `${x.toFixed(2)}×`);
const kB = (bytes) =>
  bytes === null || bytes === undefined ? '–' : `${(bytes / 1000).toFixed(1)} kB`;

function datasetLabel(d, datasets) {
  return d === 'shipped' ? `shipped (${datasets[d].count})` : Number(d).toLocaleString('en-US');
}

function table(result) {
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
  lines.push('Budgets (issue 8):');
  for (const b of budgets) {
    const value = b.limit >= 1000 ? kB(b.value) : fmtRatio(b.value);
    const verdict = b.met === null ? 'not measured' : b.met ? 'met' : 'NOT MET';
    lines.push(`  ${verdict.padEnd(12)} ${b.name}: ${value} (${b.detail})`);
  }
  lines.push('');
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

function compare(oldResult, result) {
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

// ---------------------------------------------------------------- main

/** `--print file.json`: the table of an earlier run, budgets evaluated again (and `--compare`). */
function printSaved(file, oldResult) {
  const result = JSON.parse(readFileSync(resolve(file), 'utf8'));
  result.budgets = evaluateBudgets(
    result.summary,
    result.resolution,
    result.bundle,
    result.network?.app,
  );
  console.log(table(result));
  if (oldResult) console.log(`\n${compare(oldResult, result)}`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.print) {
    printSaved(args.print, args.compare && JSON.parse(readFileSync(resolve(args.compare), 'utf8')));
    return;
  }
  const runs = args.runs ?? (args.quick ? 3 : 5);
  const datasetIds = args.data ?? (args.quick ? ['shipped', '500'] : ['shipped', '500', '5000']);
  if (!datasetIds.includes('shipped')) datasetIds.unshift('shipped');
  const oldResult = args.compare ? JSON.parse(readFileSync(resolve(args.compare), 'utf8')) : null;
  const started = Date.now();
  const loadBefore = os.loadavg()[0];
  if (loadBefore > os.cpus().length * 0.5)
    log(
      `note: load average ${loadBefore.toFixed(1)} on ${os.cpus().length} cores; other work will skew the numbers`,
    );

  const executablePath = findChromium();
  if (!executablePath && !(await hasPlaywrightBrowser())) throw new Error(HOW_TO_GET_CHROMIUM);
  const { chromium } = await import('@playwright/test');

  if (args.build) {
    log('building bench/results/dist/ …');
    await run(process.execPath, [VITE, 'build', '-c', CONFIG, '--logLevel', 'warn'], {
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
  }
  if (!existsSync(join(OUT_DIR, 'bench-chunks.json')))
    throw new Error('bench/results/dist/ is missing: run without --no-build');
  const datasets = writeDatasets(datasetIds);
  const port = await freePort(args.port);
  const server = await startPreview(port);
  log(`serving bench/results/dist/ on ${server.base}`);
  const stop = () => server.child.exitCode === null && server.child.kill();
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });

  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    // The other pages copy the size of the app's map region, read in the app's first run (A comes first).
    let canvas = null;
    const webglPage = await browser.newPage();
    const webgl = await webglPage.evaluate(webglRenderer);
    await webglPage.close();

    const raw = {};
    const network = {};
    const errors = [];
    for (const d of datasetIds) {
      raw[d] = Object.fromEntries(VARIANTS.map((v) => [v, []]));
      const [first, last] = datasets[d].years;
      const steps = [...Array.from({ length: last - first + 1 }, (_, i) => first + i), null];
      for (let i = 0; i < runs; i += 1) {
        for (const v of VARIANTS) {
          const t = Date.now();
          const r = await measure(browser, {
            base: server.base,
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

    // 4K against 1920×1080: the app only, shipped data, pan only; alternated too. --quick does one
    // pair, and only while the whole run stays under its 5-minute budget.
    const res = { hd: [], uhd: [] };
    const pairs = args.quick ? (Date.now() - started < LIMITS.quickPairBeforeMs ? 1 : 0) : runs;
    if (!pairs) errors.push('4K comparison skipped: --quick is out of time');
    for (let i = 0; i < pairs; i += 1) {
      for (const [key, viewport] of [
        ['hd', HD],
        ['uhd', UHD],
      ]) {
        const r = await measure(browser, {
          base: server.base,
          variant: 'app',
          dataset: datasets.shipped,
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
    const resolution = !pairs
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

    const summary = Object.fromEntries(
      datasetIds.map((d) => [
        d,
        Object.fromEntries(VARIANTS.map((v) => [v, summarise(raw[d][v])])),
      ]),
    );
    const bundle = bundleReport();
    const budgets = evaluateBudgets(summary, resolution, bundle, network.app);
    const cpus = os.cpus();
    const result = {
      version: 1,
      date: new Date().toISOString(),
      mode: args.quick ? 'quick' : 'full',
      runs,
      durationS: Math.round((Date.now() - started) / 1000),
      machine: {
        cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
        cores: cpus.length,
        memoryGB: Math.round(os.totalmem() / 1e9),
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        node: process.versions.node,
        loadAverage: [round2(loadBefore), round2(os.loadavg()[0])],
      },
      browser: { version: browser.version(), webgl },
      viewport: VIEWPORT,
      canvas: canvas ?? VIEWPORT,
      limits: LIMITS,
      datasets,
      summary,
      resolution,
      bundle,
      network,
      budgets,
      errors,
      raw,
    };
    const text = table(result);
    console.log(text);
    if (oldResult) console.log(`\n${compare(oldResult, result)}`);
    const out = resolve(args.out ?? join(root, 'bench/results/latest.json'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
    log(`\nwrote ${relative(process.cwd(), out)} in ${result.durationS} s`);
  } finally {
    await browser.close().catch(() => {});
    stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
