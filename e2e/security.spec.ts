import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  openApp,
  partnerList,
  ROOT,
  searchParams,
  shippedPartners,
  watchPage,
} from './support/app-page';
import { browserStorage, watchCsp } from './support/security';

const VALID_SMALL = `${ROOT}e2e/fixtures/partners/valid-small.geojson`;

test('a normal session raises no CSP violation, keeps nothing and asks no other origin', async ({
  page,
  context,
}) => {
  const csp = await watchCsp(page);
  const watch = watchPage(page);
  await openApp(page, '?lang=en');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /default-src 'self'.*script-src 'self';/,
  );

  // Open a few partners: every link in the panel is http(s).
  for (const name of [/^Genoa/, /^Le Havre/, /^Daegu/]) {
    await partnerList(page).getByRole('button', { name }).click();
    const panel = page.getByRole('dialog');
    await expect(panel).toBeVisible();
    const hrefs = await panel
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  }
  // Anywhere on the page: http(s) links or in-page anchors only.
  const allHrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of allHrefs) expect(href).toMatch(/^(https?:\/\/|#)/);

  // The About dialog is modal: its scroll lock is what needs style-src 'unsafe-inline'.
  await page.getByRole('button', { name: 'About this map' }).click();
  await expect(page.getByRole('dialog', { name: 'About this map' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Play the timeline for at least two steps: from the first signing year past the year after.
  const first = Math.min(
    ...shippedPartners().map((p) => Number(p.properties.signed?.slice(0, 4) ?? Infinity)),
  );
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => Number(searchParams(page).get('year'))).toBeGreaterThanOrEqual(first + 1);
  await page.getByRole('button', { name: 'Pause' }).click();

  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(partnerList(page, 'vi').getByRole('listitem').first()).toBeVisible();

  expect(await csp.violations()).toEqual([]);
  expect(csp.console).toEqual([]);
  expect(watch.foreign).toEqual([]);
  expect(watch.errors).toEqual([]);
  expect(await browserStorage(page, context)).toEqual({
    documentCookie: '',
    localStorage: 0,
    sessionStorage: 0,
    indexedDB: [],
    caches: [], // service workers are blocked here; see offline.spec.ts for the offline cache
    cookies: [],
  });
});

test('every mode, theme and the globe load without a CSP violation', async ({ page }) => {
  const csp = await watchCsp(page);
  const watch = watchPage(page);
  for (const query of [
    '?lang=en&mode=kiosk',
    '?lang=en&mode=present',
    '?lang=en&mode=embed&theme=dark',
    '?lang=en&theme=contrast&projection=globe&partner=genoa',
  ]) {
    await openApp(page, query);
    expect(await csp.violations(), query).toEqual([]);
  }
  expect(csp.console).toEqual([]);
  expect(watch.foreign).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('CSP is active: injected inline script, inline handler and eval are blocked and reported', async ({
  page,
}) => {
  const csp = await watchCsp(page);
  await openApp(page, '?lang=en', { map: false });
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    document.head.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__pwned = 2');
    img.src = 'data:,not-an-image';
    document.body.append(img);
  });
  // Reported once per policy: preview sends the header and the page carries the meta.
  await expect
    .poll(async () => [...new Set((await csp.violations()).map((v) => v.directive))].sort())
    .toEqual(['script-src-attr', 'script-src-elem']);
  // eval from a same-origin script (allowed by script-src 'self'): no 'unsafe-eval', so it throws.
  // (Code run by page.evaluate itself is exempt from the page's CSP, so it cannot show this.)
  await page.route('**/eval-probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "try { eval('window.__pwned = 3'); window.__evalProbe = 'ran'; } catch (e) { window.__evalProbe = e.name; }",
    }),
  );
  await page.addScriptTag({ url: './eval-probe.js' });
  const evalResult = await page.evaluate(() => (window as { __evalProbe?: string }).__evalProbe);
  expect(evalResult).toBe('EvalError');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('vite preview sends the policy with frame-ancestors, nosniff and no-referrer', async ({
  request,
}) => {
  for (const path of ['./', './data/partners.geojson', './sw.js']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toMatch(
      /^default-src 'self'; script-src 'self';.*; frame-ancestors 'self'/,
    );
    expect(headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
  }
});

test.describe('?data= from an origin the config allows', () => {
  const ALLOWED = 'https://partners.example.org';
  const url = `${ALLOWED}/partners.geojson`;

  async function allowOrigin(page: import('@playwright/test').Page) {
    const config = JSON.parse(readFileSync(`${ROOT}data/config.json`, 'utf8')) as Record<
      string,
      unknown
    >;
    await page.route('**/data/config.json', (route) =>
      route.fulfill({ json: { ...config, allowedDataOrigins: [ALLOWED] } }),
    );
    await page.route(`${ALLOWED}/**`, (route) =>
      route.fulfill({
        contentType: 'application/geo+json',
        headers: { 'access-control-allow-origin': '*' },
        body: readFileSync(VALID_SMALL, 'utf8'),
      }),
    );
  }

  test.describe('with the deployment CSP listing it in connect-src', () => {
    // The built meta lists the allowedDataOrigins of the build's data/config.json (none here); a
    // deployment that allows one lists it too (docs/deploy.md). This test is about the app's check.
    test.use({ bypassCSP: true });

    test('loads it, and still refuses any other origin without asking it', async ({ page }) => {
      await allowOrigin(page);
      const watch = watchPage(page);
      await openApp(page, `?lang=en&data=${encodeURIComponent(url)}`, { map: false });
      await expect(partnerList(page).getByRole('listitem')).toHaveCount(3);
      expect(watch.foreign).toEqual([url]);

      await page.goto(
        `./?lang=en&data=${encodeURIComponent('https://evil.example.net/p.geojson')}`,
      );
      await expect(page.getByRole('alert')).toContainText('not allowed');
      expect(watch.foreign).toEqual([url]);
      expect(watch.errors).toEqual([]);
    });
  });

  test('without it, the CSP blocks the fetch and the app says so', async ({ page }) => {
    await allowOrigin(page);
    const csp = await watchCsp(page);
    await page.goto(`./?lang=en&data=${encodeURIComponent(url)}`);
    await expect(page.getByRole('alert')).toContainText('could not be loaded', { timeout: 30_000 });
    expect((await csp.violations()).map((v) => [v.directive, v.blocked])).toContainEqual([
      'connect-src',
      url,
    ]);
  });
});
