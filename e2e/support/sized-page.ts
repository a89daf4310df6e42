import { test, type Browser, type Frame, type Page } from '@playwright/test';

/** A page in its own context at a window size (no service worker), to be resized through sizes. */
export async function newPage(browser: Browser, size: [number, number]) {
  const { baseURL } = test.info().project.use;
  const context = await browser.newContext({
    baseURL,
    serviceWorkers: 'block',
    viewport: { width: size[0], height: size[1] },
  });
  return context.newPage();
}

/**
 * A host page with the app in a plain full-width iframe of `height` px (no embed.js), served from the
 * app's own origin (frame-ancestors allows only that by default); returns the app's frame.
 */
export async function openInHostFrame(page: Page, query: string, height = 540): Promise<Frame> {
  const host = 'host.html';
  await page.route(`**/${host}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><h1>Our partners</h1>
        <iframe src="./?${query}" title="Partner map" style="width:100%;height:${height}px;border:0"></iframe>`,
    }),
  );
  await page.goto(`./${host}`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error(`${host}: the iframe did not load`);
  return frame;
}
