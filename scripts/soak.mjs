// Kiosk soak test: the whole lifecycle — touch, settle, idle, countdown, reset, attract — for N cycles
// (time-scaled), with one scheduled self-healing reload near --reload-at. Each cycle prints the JS
// heap and DOM nodes (after forced GC, through the DevTools protocol) and the live WebGL contexts,
// sampled at one moment of every cycle: the visitor's touch has just stopped the attract loop and the
// home screen rests (no partner open, no countdown, the camera still, the map loaded, the page's
// element count unchanged for 10 frames).
// The soak holds no handle to a page element (a Playwright ElementHandle keeps its node alive, which
// would read as a DOM leak of the app) and counts WebGL contexts through weak references.
// Usage: npm run soak -- [--cycles 60] [--reload-at 30] [--time-scale 0.02] [--no-build] [--port 4197]
//   [--max-minutes 40] [--pixel-ratio 0.25] [--size 1920x1080]
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import {
  CHROMIUM_ARGS,
  findChromium,
  hasPlaywrightBrowser,
  HOW_TO_GET_CHROMIUM,
} from './find-chromium.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const cycles = Number(opt('cycles', 60));
const reloadAt = Number(opt('reload-at', Math.ceil(cycles / 2)));
const timeScale = Number(opt('time-scale', 0.02));
const maxMinutes = Number(opt('max-minutes', 40));
const port = Number(opt('port', 4197));
const [width, height] = opt('size', '1920x1080').split('x').map(Number);
// The kiosk's layout with a quarter of the pixels per side: software WebGL on a busy machine draws
// 16× less per frame (the layout, the DOM and the map's sources are the kiosk's own).
const pixelRatio = Number(opt('pixel-ratio', 0.25));
const WARM_UP = 10;
const BUDGET = 0.05;

if (!findChromium() && !(await hasPlaywrightBrowser())) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', 'dist-soak', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(
  'npx',
  ['vite', 'preview', '--outDir', 'dist-soak', '--port', String(port), '--strictPort'],
  { stdio: 'ignore', detached: true },
);
let stopping = false;
// With --strictPort a taken port ends the server at once: never soak someone else's build.
server.on('exit', (code) => {
  if (stopping) return;
  console.error(`preview server exited (code ${code}); is port ${port} taken?`);
  process.exit(1);
});
const stopServer = () => {
  stopping = true;
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);

async function waitForServer(url, ms = 60000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`preview server did not start on ${url}`);
}

const base = `http://localhost:${port}/`;
await waitForServer(base);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
// No service worker: it would answer config.json from its cache, past the route below.
const context = await browser.newContext({
  viewport: { width, height },
  deviceScaleFactor: pixelRatio,
  serviceWorkers: 'block',
});
const page = await context.newPage();
let cdp = await page.context().newCDPSession(page);

// Test-only, before any page script: the time scale, and a count of the WebGL contexts made.
await page.addInitScript((scale) => {
  window.__partnerMapTimeScale = scale;
  // Weakly held: the count must not keep a dropped canvas alive.
  const contexts = [];
  const seen = new WeakSet();
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const context = getContext.call(this, type, ...rest);
    if (context && /webgl/.test(String(type)) && !seen.has(context)) {
      seen.add(context);
      contexts.push(new WeakRef(context));
    }
    return context;
  };
  // Counts countdowns shown, however briefly (0.5 s at the default scale).
  window.__soakCountdowns = 0;
  let shown = false;
  new MutationObserver(() => {
    const now = document.querySelector('[role="alertdialog"]') !== null;
    if (now && !shown) window.__soakCountdowns++;
    shown = now;
  }).observe(document, { childList: true, subtree: true });
  window.__soakWebGL = () => ({
    live: contexts
      .map((ref) => ref.deref())
      .filter((c) => c && c.canvas.isConnected && !c.isContextLost()).length,
    made: contexts.length,
    maps: document.querySelectorAll('.maplibregl-map').length,
  });
}, timeScale);

// The config, with `reloadHours` set once calibrated (served to the first load after it only); every
// other load gets the longest allowed, so the run has its one scheduled reload and no other.
const shippedConfig = JSON.parse(readFileSync('data/config.json', 'utf8'));
let reloadHoursOnce = null;
await page.route('**/data/config.json', (route) => {
  const config = structuredClone(shippedConfig);
  // The idle times are real time (the time scale speeds the attract loop only): short ones here.
  // Idle 6 s leaves the sample (~3 s after the touch that stops the attract loop) clear of the countdown.
  config.kiosk = { ...config.kiosk, idleSeconds: 6, settleSeconds: 1 };
  config.kiosk.reloadHours = reloadHoursOnce ?? 24 * 30;
  reloadHoursOnce = null;
  return route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) });
});

async function ready() {
  await page.waitForFunction(() => window.__partnerMap?.marks?.ready, null, { timeout: 120000 });
  await cdp.send('HeapProfiler.enable');
}

async function sample() {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const gl = await page.evaluate(() => window.__soakWebGL());
  return { heapMB: heap.usedSize / 2 ** 20, nodes: dom.nodes, listeners: dom.jsEventListeners, gl };
}

/** One sample at the rest moment; `valid` false if the page left its rest state meanwhile. */
async function measure() {
  const count = () =>
    page.evaluate(() => ({
      elements: document.getElementsByTagName('*').length,
      busy:
        window.__partnerMap.map.isMoving() ||
        document.querySelector('[data-testid="attract"], [role="alertdialog"], .details-panel') !==
          null,
    }));
  const before = await count();
  const m = await sample();
  const after = await count();
  return { ...m, valid: !before.busy && !after.busy && before.elements === after.elements };
}

const origin = () => page.evaluate(() => performance.timeOrigin);
const visible = (selector) =>
  page.waitForFunction((s) => document.querySelector(s) !== null, selector, { timeout: 120000 });

// The partners and home from the raw files: the settled view is checked against them, not the app's code.
const points = [
  shippedConfig.home.coordinates,
  ...JSON.parse(readFileSync('data/partners.geojson', 'utf8')).features.map(
    (f) => f.geometry.coordinates,
  ),
];

/**
 * How many partners (and home) are drawn off the map, under the open panel or a map button; whether
 * the camera moves, the partner's panel is open, the idle reset has come (null while navigating).
 */
const cameraState = () =>
  page
    .evaluate((points) => {
      const map = window.__partnerMap?.map;
      if (!map) return null;
      const box = map.getContainer().getBoundingClientRect();
      const covers = [...document.querySelectorAll('.details-panel, .map-controls > *')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0);
      const hidden = points.filter(([lng, lat]) => {
        const p = map.project([((((lng + 180) % 360) + 360) % 360) - 180, lat]);
        const [x, y] = [p.x + box.left, p.y + box.top];
        const on = x > box.left && x < box.right && y > box.top && y < box.bottom;
        return !on || covers.some((r) => x > r.left && x < r.right && y > r.top && y < r.bottom);
      });
      const panel = document.querySelector('.details-panel') !== null;
      const reset = document.querySelector('[data-testid="attract"]') !== null;
      return { moving: map.isMoving(), hidden: hidden.length, panel, reset };
    }, points)
    .catch(() => null);

/** Waits for `test(camera state)`; false after `ms` or once the idle reset has come. */
async function camera(test, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const state = await cameraState();
    if (state && test(state)) return true;
    if (state?.reset) return false;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/**
 * The sampling moment: a touch stops the attract loop (the visitor's first touch), then the home
 * screen rests — attract layer gone, no partner open, no countdown, camera still, map loaded, and
 * the page's element count unchanged for 10 frames. Not a sleep: a state.
 */
async function stopAttractAndRest() {
  for (let i = 0; i < 8 && (await page.locator('[data-testid="attract"]').count()) > 0; i++) {
    await page.mouse.click(width / 2, height / 2);
    await page
      .waitForFunction(() => !document.querySelector('[data-testid="attract"]'), null, {
        timeout: 5000,
      })
      .catch(() => {});
  }
  await page.evaluate(() => (window.__soakStable = { n: -1, frames: 0 }));
  await page.waitForFunction(
    () => {
      const map = window.__partnerMap?.map;
      if (!map || map.isMoving() || !map.loaded()) return false;
      if (document.querySelector('[data-testid="attract"], [role="alertdialog"], .details-panel'))
        return false;
      const n = document.getElementsByTagName('*').length;
      const s = window.__soakStable;
      if (n === s.n) s.frames++;
      else Object.assign(s, { n, frames: 0 });
      return s.frames >= 10;
    },
    null,
    { timeout: 60000, polling: 'raf' },
  );
}

/** A visitor opens a partner (stopping the attract loop first if it runs again meanwhile). */
async function touch(n) {
  for (let attempt = 0; attempt < 8; attempt++) {
    // A count, not page.$(): an element handle would keep the attract layer alive after it is gone.
    if ((await page.locator('[data-testid="attract"]').count()) > 0)
      await page.mouse.click(width / 2, height / 2);
    try {
      // The first partners by date are near home: the camera zooms in to show both.
      await page
        .locator('.partner-button')
        .nth(n % 4)
        .click({ timeout: 10000 });
      return;
    } catch {
      /* the attract layer was still there, or the loop began again first: again */
    }
  }
  throw new Error(`cycle ${n}: could not open a partner`);
}

/** Seconds spent in each phase of the last lifecycle; cycles whose settle missed the home view. */
let phases = {};
const settleMisses = [];
/**
 * One lifecycle: open a partner, settle home beside its panel, idle, countdown, reset, a turn of the
 * attract loop (or a reload into it), the touch that stops it, rest. True when the page reloaded.
 */
async function lifecycle(n) {
  let t = Date.now();
  const lap = (name) => {
    phases[name] = (Date.now() - t) / 1000;
    t = Date.now();
  };
  phases = {};
  const before = await origin();
  const countdowns = await page.evaluate(() => window.__soakCountdowns);
  await touch(n);
  lap('touch');
  // Framed with home (far partners off screen), then settled: every partner beside the panel.
  if (!(await camera((c) => c.hidden > 0, 15000)))
    console.warn(`cycle ${n}: the camera did not frame the partner`);
  // Before the countdown's reset closes the panel: the visitor's partner is kept.
  if (!(await camera((c) => !c.moving && c.hidden === 0 && c.panel, 30000))) {
    console.warn(`cycle ${n}: the camera did not settle home beside the partner's panel`);
    settleMisses.push(n);
  }
  lap('settle');
  await visible('[data-testid="attract"]'); // countdown, reset → attract
  // Under heavy load a late timer tick can pass a countdown this short unseen: say so.
  if ((await page.evaluate(() => window.__soakCountdowns)) === countdowns)
    console.warn(`cycle ${n}: no countdown seen before the reset`);
  lap('idle');
  // The reload may come as the loop starts: then this page's count is gone with it.
  const cyclesBefore = await page.evaluate(() => window.__attractCycles ?? 0).catch(() => 0);
  // One full turn of the attract loop, or a reload (a new document) in the middle of it.
  for (;;) {
    try {
      await page.waitForFunction(
        ([k, o]) => performance.timeOrigin !== o || (window.__attractCycles ?? 0) > k,
        [cyclesBefore, before],
        { timeout: 300000 },
      );
      break;
    } catch (error) {
      if (!/context was destroyed|navigation/i.test(String(error))) throw error;
    }
  }
  await page.waitForLoadState('load');
  const reloaded = (await origin()) !== before;
  if (reloaded) {
    await ready();
    await visible('[data-testid="attract"]');
    await page.waitForFunction(() => (window.__attractCycles ?? 0) >= 1, null, { timeout: 300000 });
  }
  lap(reloaded ? 'attract+reload' : 'attract');
  await stopAttractAndRest();
  lap('rest');
  return reloaded;
}

const started = Date.now();
await page.goto(`${base}?mode=kiosk`);
await ready();

// Calibration: the length of one cycle, so the reload can be due near --reload-at. The first cycle
// (a cold attract loop, often 3× a warm one) is not counted; the next two are.
let t0 = Date.now();
for (let i = 0; i < 3; i++) {
  if (i === 1) t0 = Date.now();
  await lifecycle(i);
  console.log(`calibration cycle ${i}: ${JSON.stringify(phases)}`);
}
const cycleMs = (Date.now() - t0) / 2;
const reloadHours = ((reloadAt - 0.5) * cycleMs) / 3_600_000 / timeScale;
reloadHoursOnce = reloadHours;
await page.reload();
await ready();
console.log(
  `calibration: one cycle ≈ ${(cycleMs / 1000).toFixed(1)} s; reloadHours ${reloadHours.toFixed(3)} (× ${timeScale})`,
);

const rows = [];
const deadline = started + maxMinutes * 60000;
let sinceReload = 0;
let reloads = 0;
// At least `cycles`, and on until the period after the reload has its own budget check.
const enough = () => rows.length >= cycles && reloads > 0 && sinceReload > WARM_UP;
for (let n = 1; n <= cycles + 30 && Date.now() < deadline && !enough(); n++) {
  const reloaded = await lifecycle(n);
  if (reloaded) reloads++;
  sinceReload = reloaded ? 1 : sinceReload + 1;
  // The sample must fall before the next countdown (idle 6 s after the touch): if the page left its
  // rest state meanwhile, a key press (input, like a touch) brings it back and the sample is taken again.
  let m = await measure();
  for (let retry = 0; !m.valid && retry < 3; retry++) {
    console.warn(`cycle ${n}: the page left its rest state during the sample; sampling again`);
    await page.keyboard.press('Shift');
    await stopAttractAndRest();
    m = await measure();
  }
  if (!m.valid) console.warn(`cycle ${n}: no sample at rest`);
  rows.push({ n, reloaded, ...m });
  console.log(
    `cycle ${String(n).padStart(2)}: heap ${m.heapMB.toFixed(2)} MB, DOM nodes ${m.nodes}, listeners ${m.listeners}, WebGL contexts ${m.gl.live} (maps ${m.gl.maps}, made ${m.gl.made}); s: ${Object.entries(
      phases,
    )
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ')}${reloaded ? '  ← reloaded during the attract loop' : ''}`,
  );
}
await browser.close();
stopServer();

// Budget, within each reload period after its first WARM_UP cycles.
const periods = [[]];
for (const row of rows) {
  if (row.reloaded) periods.push([]);
  periods.at(-1).push(row);
}
let ok = true;
const pct = (v, b) => ((v - b) / b) * 100;
console.log('');
console.log(
  `soak: ${rows.length} cycles in ${((Date.now() - started) / 60000).toFixed(1)} min (time scale ${timeScale}); reloads: ${periods.length - 1}`,
);
periods.forEach((period, i) => {
  const settled = period.slice(WARM_UP);
  const label = `period ${i + 1} (cycles ${period[0]?.n ?? '-'}–${period.at(-1)?.n ?? '-'})`;
  if (settled.length === 0) {
    console.log(`${label}: fewer than ${WARM_UP + 1} cycles, no budget check`);
    ok = false;
    return;
  }
  const [first] = settled;
  const spread = (key) => settled.map((r) => pct(r[key], first[key]));
  const heap = spread('heapMB');
  const nodes = spread('nodes');
  const within = (list) => list.every((p) => Math.abs(p) <= BUDGET * 100);
  const glOk = period.every((r) => r.gl.live <= r.gl.maps && r.gl.live <= period[0].gl.live);
  const range = (list) => `${Math.min(...list).toFixed(1)} % … +${Math.max(...list).toFixed(1)} %`;
  console.log(
    `${label}, after cycle ${first.n}: heap ${first.heapMB.toFixed(2)} MB ${range(heap)} — ${within(heap) ? 'within' : 'OUTSIDE'} ±5 %; DOM ${first.nodes} nodes ${range(nodes)} — ${within(nodes) ? 'within' : 'OUTSIDE'} ±5 %; WebGL contexts ${Math.max(...period.map((r) => r.gl.live))} ≤ maps ${Math.min(...period.map((r) => r.gl.maps))}, never growing — ${glOk ? 'met' : 'NOT MET'}`,
  );
  ok &&= within(heap) && within(nodes) && glOk;
});
if (periods.length < 2) {
  console.log('the scheduled reload did not happen');
  ok = false;
}
if (settleMisses.length > 0) {
  console.log(`settle missed the home view beside the panel in cycles ${settleMisses.join(', ')}`);
  ok = false;
}
console.log(`budget: ${ok ? 'met' : 'not met'}`);
process.exit(ok ? 0 : 1);
