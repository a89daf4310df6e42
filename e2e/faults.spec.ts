import { expect, test } from '@playwright/test';
import { openApp, partnerList, searchParams, shippedPartners } from './support/app-page';
import { drawnPartners, expectedDrawn } from './support/pixels';

test('a lost WebGL context shows a notice and the map comes back with its state', async ({
  page,
}) => {
  await openApp(page, '?lang=en&partner=genoa&year=2025');
  const drawnIn2025 = expectedDrawn((id) => {
    const signed = shippedPartners().find((p) => p.properties.id === id)!.properties.signed;
    return signed !== null && Number(signed.slice(0, 4)) <= 2025;
  });
  const ext = await page.evaluate(() => {
    const map = window.__partnerMap!.map as import('maplibre-gl').Map;
    const gl = map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl');
    const lose = gl?.getExtension('WEBGL_lose_context');
    (window as unknown as { __lose?: WEBGL_lose_context | null }).__lose = lose;
    lose?.loseContext();
    return Boolean(lose);
  });
  expect(ext).toBe(true);
  await expect(page.locator('.map-restoring')).toBeVisible();
  await page.evaluate(() =>
    (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext(),
  );
  await expect(page.locator('.map-restoring')).toBeHidden();
  // The state survived: the same partner and year, and the screen shows the same partners again.
  await expect(page.getByRole('dialog', { name: 'Genoa' })).toBeVisible();
  await expect.poll(() => searchParams(page).get('year')).toBe('2025');
  // Back at the whole network with the panel closed, the screen shows the partners of 2025 again.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(() => drawnPartners(page)).toEqual(drawnIn2025);
});

test('without WebGL the list, timeline and panels still work, with a note in place of the map', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (/webgl/.test(type)) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
  await openApp(page, '?lang=en', { map: false });
  await expect(page.getByText('The map cannot be drawn on this device')).toBeVisible();
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(shippedPartners().length);
  await partnerList(page)
    .getByRole('button', { name: /^Daegu/ })
    .click();
  await expect(page.getByRole('dialog', { name: 'Daegu' })).toBeVisible();
  await page.getByRole('slider', { name: 'Year' }).press('Home');
  const first = Math.min(
    ...shippedPartners().map((p) => Number(p.properties.signed?.slice(0, 4) ?? Infinity)),
  );
  await expect.poll(() => searchParams(page).get('year')).toBe(String(first));
});

test('a server error says so from the first failure, retries with backoff, then shows Retry, and recovers', async ({
  page,
}) => {
  let calls = 0;
  let fail = true;
  await page.route('**/data/partners.geojson', (route) => {
    calls++;
    return fail ? route.fulfill({ status: 500, body: 'oops' }) : route.fallback();
  });
  await page.goto('./?lang=en');
  // While it retries: what happened, when it tries again and "Retry now"; never "slow".
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The server answered with an error (500)');
  await expect(alert).toContainText(/Trying again (in \d+ seconds? )?\(attempt [2-4] of 4\)/);
  await expect(alert.getByRole('button', { name: 'Retry now' })).toBeVisible();
  await expect(page.getByText('the server is slow')).toHaveCount(0);
  // After the last retry: the same message and Retry.
  await expect(alert.getByRole('button', { name: 'Retry', exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await expect(alert).toContainText('The server answered with an error (500)');
  expect(calls).toBe(4);
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(shippedPartners().length);
});

test('a slow server shows progress after a second, then the data', async ({ page }) => {
  await page.route('**/data/partners.geojson', async (route) => {
    await new Promise((r) => setTimeout(r, 2500));
    await route.fallback();
  });
  await page.goto('./?lang=en');
  await expect(page.getByText('Still loading — the server is slow…')).toBeVisible();
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(shippedPartners().length);
});

test('a broken config has its own message and recovers', async ({ page }) => {
  let broken = true;
  await page.route('**/data/config.json', (route) =>
    broken
      ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"title": 3}' })
      : route.fallback(),
  );
  await page.goto('./?lang=en');
  await expect(page.getByRole('alert')).toContainText('configuration file is missing or invalid');
  broken = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(shippedPartners().length);
});

for (const [name, size] of [
  ['320 px wide', { width: 320, height: 640 }],
  ['200 % zoom on a laptop', { width: 683, height: 384 }],
] as const) {
  test(`usable at ${name}: nothing runs off the side, the list and panel work`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openApp(page, '?lang=en', { map: false });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await partnerList(page)
      .getByRole('button', { name: /^Genoa/ })
      .click();
    const panel = page.getByRole('dialog', { name: 'Genoa' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Close' })).toBeInViewport();
  });
}

test('a part loaded on demand that cannot be fetched says so with a reload; the map and list keep working', async ({
  page,
}) => {
  await page.route(/about-dialog-body-[^/]*\.js$/, (route) => route.abort());
  await openApp(page, '?lang=en');
  await page.getByRole('button', { name: 'About this map' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(shippedPartners().length);
  await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
});
