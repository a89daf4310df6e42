import { expect, test } from '@playwright/test';
import { openApp, searchParams, shippedPartners } from './support/app-page';

// Playback runs in one app-level controller, so it plays with the timeline hidden (`?timeline=0`).

const signed = shippedPartners()
  .map((p) => p.properties)
  .filter((p) => p.signed !== null);
const firstYear = Math.min(...signed.map((p) => Number(p.signed!.slice(0, 4))));
/** Year-only dates count as 1 January, as the app's tours sort them. */
const sortKey = (s: string) => `${s}-01-01`.slice(0, 10);

test('?mode=kiosk&timeline=0: the attract loop plays the timeline, tours the newest partners, and cycles', async ({
  page,
}) => {
  // The attract tour shows the six most recently signed partners (ties at the sixth included).
  const keys = signed
    .map((p) => sortKey(p.signed!))
    .sort()
    .reverse();
  const newest = signed.filter((p) => sortKey(p.signed!) >= keys[5]!).map((p) => p.name.en);
  // Test-only: timers at a tenth (docs/testing.md); the idle wait is not scaled.
  await page.addInitScript(() => {
    window.__partnerMapTimeScale = 0.1;
  });
  await openApp(page, '?mode=kiosk&lang=en&idle=3&timeline=0', { map: false });
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveCount(0);
  await expect(page.getByTestId('attract')).toBeVisible({ timeout: 15_000 });
  // Playback steps the year (the live region says the years it reaches)...
  await expect(page.getByTestId('live-region')).toHaveText(/^\d{4} — /, { timeout: 15_000 });
  // ...then the tour opens the newest partners one by one (each for 0.6 s here)...
  const panel = page.getByRole('dialog');
  await expect(panel).toBeVisible({ timeout: 30_000 });
  const shown = await panel.getByRole('heading', { level: 2 }).first().textContent();
  // The heading is the name, then the partner's own names ("Aktau · Ақтау · Актау").
  expect(newest.filter((name) => shown === name || shown?.startsWith(`${name} · `))).toHaveLength(
    1,
  );
  // ...and the loop completes and starts again.
  await expect
    .poll(
      () => page.evaluate(() => (window as { __attractCycles?: number }).__attractCycles ?? 0),
      {
        timeout: 30_000,
      },
    )
    .toBeGreaterThanOrEqual(1);
});

test('?mode=present&timeline=0: Space plays from the first year', async ({ page }) => {
  await openApp(page, '?mode=present&lang=en&timeline=0', { map: false });
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveCount(0);
  await page.locator('body').press(' ');
  await expect.poll(() => searchParams(page).get('year')).toBe(String(firstYear));
  await expect
    .poll(() => Number(searchParams(page).get('year')), { timeout: 10_000 })
    .toBeGreaterThan(firstYear);
});

test("the console's Play plays the presenter window, timeline shown or not", async ({
  page,
  context,
}) => {
  await openApp(page, '?mode=present&lang=en&timeline=0', { map: false });
  const consolePage = await context.newPage();
  await openApp(consolePage, '?mode=console&lang=en', { map: false });
  await expect(consolePage.getByRole('status')).toContainText('Connected');
  await consolePage.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => searchParams(page).get('year')).toBe(String(firstYear));
  await expect(consolePage.getByRole('button', { name: 'Pause' })).toBeVisible();
});
