// One run: a fresh browser context loads a page, then the scenarios; network bytes of the first view.
import { gzipSync } from 'node:zlib';
import { LIMITS } from './config.mjs';
import { pageUrl, pan, stepChanges, waitIdle, yearScrub } from './scenarios.mjs';
import { percentile } from './stats.mjs';

const BASEMAP_URL = /countries-\d+m|land-\d+m|\/basemap\//;
const FONT_URL = /\.(woff2?|ttf|otf)(\?|$)/;

/** Bytes over the wire if served gzip-compressed (fonts are already compressed: raw size). */
export async function networkBytes(responses) {
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
      minFrames: LIMITS.panMinFrames,
      maxMs: LIMITS.panMaxMs,
      legMs: LIMITS.panLegMs,
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
        frames: panned.frames.map((f) => Math.round(f * 10) / 10),
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
