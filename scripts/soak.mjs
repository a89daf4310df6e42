// Kiosk soak test: runs the attract loop for N cycles (time-scaled), forcing GC and reading the heap
// and DOM node counts through the DevTools protocol. Usage: npm run soak -- --cycles 20 [--time-scale 0.05] [--no-build]
import { spawn, spawnSync } from 'node:child_process';
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
const cycles = Number(opt('cycles', 10));
const timeScale = Number(opt('time-scale', 0.05));
const maxMinutes = Number(opt('max-minutes', 20));
const port = Number(opt('port', 4197));

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
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);

async function waitForServer(url, ms = 30000) {
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
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('HeapProfiler.enable');

async function measure() {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heapMB: heap.usedSize / 2 ** 20, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

const started = Date.now();
// The time scale is a test-only global set before the page loads; the URL never carries it.
await page.addInitScript((scale) => {
  window.__partnerMapTimeScale = scale;
}, timeScale);
await page.goto(`${base}?mode=kiosk&idle=3`);
// The attract loop starts after 3 s and keeps the map moving, so wait for load rather than idle.
await page.waitForFunction(() => window.__partnerMap?.marks?.load, null, { timeout: 60000 });
const cyclesDone = () => page.evaluate(() => window.__attractCycles ?? 0);
// Warm-up: the first cycle loads everything lazy (QR, fonts, panel); measure after it.
await page.waitForFunction(() => (window.__attractCycles ?? 0) >= 1, null, { timeout: 300000 });
const start = await measure();
console.log(
  `cycle 1: heap ${start.heapMB.toFixed(2)} MB, DOM nodes ${start.nodes}, listeners ${start.listeners}`,
);
let last = start;
const deadline = started + maxMinutes * 60000;
while ((await cyclesDone()) < cycles + 1 && Date.now() < deadline) {
  const before = await cyclesDone();
  await page.waitForFunction((n) => (window.__attractCycles ?? 0) > n, before, { timeout: 300000 });
  last = await measure();
  console.log(
    `cycle ${before + 1}: heap ${last.heapMB.toFixed(2)} MB, DOM nodes ${last.nodes}, listeners ${last.listeners}`,
  );
}
const done = (await cyclesDone()) - 1;
const growth = ((last.heapMB - start.heapMB) / start.heapMB) * 100;
console.log('');
console.log(
  `soak: ${done} cycles in ${((Date.now() - started) / 60000).toFixed(1)} min (time scale ${timeScale})`,
);
console.log(
  `heap  start ${start.heapMB.toFixed(2)} MB → end ${last.heapMB.toFixed(2)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %) — goal under 5 %: ${growth < 5 ? 'met' : 'not met'}`,
);
console.log(
  `DOM   start ${start.nodes} nodes → end ${last.nodes} nodes; listeners ${start.listeners} → ${last.listeners}`,
);
await browser.close();
stopServer();
process.exit(0);
