// What a run does on a page: its URL, which scrub steps change what shows, and the in-page
// scenarios (yearScrub, pan, waitIdle, webglRenderer). page.evaluate serialises those into the
// page, so each uses only its arguments and `window.__partnerMap`.

export function pageUrl(base, variant, dataset, size, extra = {}) {
  const params = new URLSearchParams(extra);
  if (dataset.file !== 'data/partners.geojson') params.set('data', `/${dataset.file}`);
  if (variant === 'app') return `${base}${params.size ? `?${params}` : ''}`;
  if (!params.has('data')) params.set('data', '/data/partners.geojson');
  if (size) params.set('size', `${size.width}x${size.height}`);
  return `${base}bench/${variant}.html?${params}`;
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

/**
 * Scrubs the year through the whole range (then back to "all") at a steady pace, like dragging the
 * timeline slider, then waits (bounded) for the map to settle. Frame times run render to render; after
 * an `idle` the next interval starts at the next step, so idle gaps between steps are not frames.
 */
export async function yearScrub({ years, changes, durationMs, maxMs, settleMs }) {
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

/**
 * Pans continuously (a fixed speed in CSS px/s, like a steady drag), turning back every `legMs` so the
 * view stays over the same data, for at least `durationMs` and until `minFrames` frames (bounded by `maxMs`).
 */
export async function pan({ durationMs, minFrames, maxMs, legMs, speed }) {
  const { map } = window.__partnerMap;
  const renders = [];
  const onRender = () => renders.push(performance.now());
  map.on('render', onRender);
  const t0 = performance.now();
  await new Promise((done) => {
    const hardStop = setTimeout(done, maxMs + 5000);
    let last = t0;
    const tick = (now) => {
      const t = now - t0;
      if ((t >= durationMs && renders.length >= minFrames) || t >= maxMs) {
        clearTimeout(hardStop);
        done();
        return;
      }
      const sign = Math.floor(t / legMs) % 2 === 0 ? 1 : -1;
      map.panBy([(sign * speed * Math.max(0, now - last)) / 1000, 0], { animate: false });
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

export function waitIdle({ timeoutMs }) {
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

export function webglRenderer() {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 'no WebGL2';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}
