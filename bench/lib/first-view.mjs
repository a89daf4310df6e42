// Issue 19: our own JS for the first view in vi (the default), en and the kiosk. Each is one fresh
// visit whose network is captured up to the map's first idle, as the main runs capture the app's.
import { LIMITS } from './config.mjs';
import { networkBytes } from './measure.mjs';
import { pageUrl } from './scenarios.mjs';

export const FIRST_VIEWS = [
  { id: 'vi', params: {}, viewport: { width: 1280, height: 800 } },
  { id: 'en', params: { lang: 'en' }, viewport: { width: 1280, height: 800 } },
  { id: 'kiosk', params: { mode: 'kiosk' }, viewport: { width: 1920, height: 1080 } },
];

/** One first visit per entry of FIRST_VIEWS: `{ [id]: network capture }` (null for a failed visit). */
export async function captureFirstViews(browser, { base, dataset, errors }) {
  const out = {};
  for (const view of FIRST_VIEWS) {
    const context = await browser.newContext({
      viewport: view.viewport,
      deviceScaleFactor: 1,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const responses = [];
    page.on('response', (r) => responses.push(r));
    try {
      await page.goto(pageUrl(base, 'app', dataset, undefined, view.params), {
        waitUntil: 'commit',
        timeout: 30_000,
      });
      await page.waitForFunction(() => window.__partnerMap?.marks?.ready, null, {
        timeout: LIMITS.loadMs,
        polling: 50,
      });
      out[view.id] = await networkBytes([...responses]);
    } catch (error) {
      out[view.id] = null;
      errors.push(`first view ${view.id}: ${String(error?.message ?? error).split('\n')[0]}`);
    } finally {
      await context.close().catch(() => {});
    }
  }
  return out;
}
