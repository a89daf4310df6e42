// Usage: node scripts/screenshot.mjs URL out.png [WIDTHxHEIGHT] [waitForSelector]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const [url, out, size = '1366x768', wait = '[data-testid="map"]'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width, height } });
page.on('console', (m) => m.type() !== 'log' && console.log(`[${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
await page.waitForSelector(wait, { timeout: 30000 }).catch(() => console.log('selector not found'));
await page
  .waitForFunction(() => window.__partnerMap?.marks?.ready, null, { timeout: 40000 })
  .catch(() => console.log('map not ready'));
if (process.env.EVAL) {
  await page.evaluate(process.env.EVAL);
  await page
    .waitForFunction(
      () => window.__partnerMap.map.loaded() && !window.__partnerMap.map.isMoving(),
      null,
      { timeout: 20000 },
    )
    .catch(() => {});
}
await page.waitForTimeout(800);
await page.screenshot({ path: out });
await browser.close();
