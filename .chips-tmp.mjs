import { chromium } from '@playwright/test';
const [w, h] = (process.argv[2] ?? '1366x768').split('x').map(Number);
const lang = process.argv[3] ?? 'en';
const cam = JSON.parse(process.argv[4] ?? '{"center":[130,35],"zoom":5}');
const tag = process.argv[5] ?? 'chips';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist'] });
const ctx = await browser.newContext({ viewport: { width: w, height: h }, serviceWorkers: 'block' });
const page = await ctx.newPage();
await page.goto(`http://localhost:4204/?lang=${lang}`);
await page.waitForFunction(() => Boolean(window.__partnerMap?.marks?.ready), null, { timeout: 60000 });
await page.evaluate((cam) => window.__partnerMap.map.jumpTo(cam), cam);
await page.evaluate(() => new Promise((d) => { const m = window.__partnerMap.map; const c = () => (m.loaded() && !m.isMoving() ? d() : m.once('idle', c)); c(); }));
await page.evaluate(() => new Promise((d) => requestAnimationFrame(() => requestAnimationFrame(d))));
const r = await page.evaluate(() => {
  const map = window.__partnerMap.map;
  const canvas = map.getCanvas().getBoundingClientRect();
  const chips = [...document.querySelectorAll('.edge-chip')].map((e) => ({ text: e.textContent, r: e.getBoundingClientRect().toJSON() }));
  const layers = ['partners', 'partner-labels', 'partner-groups', 'partner-group-labels'].filter((l) => map.getLayer(l));
  const f = map.queryRenderedFeatures({ layers });
  const hits = [];
  for (const c of chips) {
    const x0 = c.r.left - canvas.left, y0 = c.r.top - canvas.top, x1 = c.r.right - canvas.left, y1 = c.r.bottom - canvas.top;
    const under = map.queryRenderedFeatures([[x0, y0], [x1, y1]], { layers });
    hits.push({ chip: c.text, under: under.map((u) => `${u.layer.id}:${u.properties.id}`) });
  }
  return { chips, hits, n: f.length, center: map.getCenter(), zoom: map.getZoom() };
});
console.log(JSON.stringify(r, null, 1));
await page.screenshot({ path: `/work/shots/s5-layout/${tag}-${lang}-${w}x${h}.png` });
await browser.close();
