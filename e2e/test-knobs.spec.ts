import { expect, test, type Page } from '@playwright/test';
import { openApp, searchParams } from './support/app-page';

/** Records each value the Year slider shows, with the time it showed, from the moment this is called. */
async function recordYears(page: Page) {
  await page.evaluate(() => {
    const slider = document.querySelector<HTMLElement>('input[type="range"][aria-valuenow]')!;
    const log: { year: string; at: number }[] = [];
    (window as unknown as { __years: typeof log }).__years = log;
    new MutationObserver(() =>
      log.push({ year: slider.getAttribute('aria-valuenow') ?? '', at: performance.now() }),
    ).observe(slider, { attributeFilter: ['aria-valuenow'] });
  });
}

/** Milliseconds between the 2nd and 4th year Play showed: two timer steps (1.4 s each at 1×). */
async function twoPlaybackSteps(page: Page): Promise<number> {
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __years: unknown[] }).__years.length), {
      timeout: 30_000,
    })
    .toBeGreaterThanOrEqual(4);
  return page.evaluate(() => {
    const log = (window as unknown as { __years: { at: number }[] }).__years;
    return log[3]!.at - log[1]!.at;
  });
}

test('?timeScale= is not honoured: playback keeps real time and the URL drops the parameter', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await openApp(page, '?lang=en&timeScale=0.1', { map: false });
  expect(warnings).toContain('Ignoring unknown parameter ?timeScale');
  await expect.poll(() => [...searchParams(page).keys()]).toEqual(['lang']);

  await recordYears(page);
  await page.getByRole('button', { name: 'Play' }).click();
  // Two steps take 2.8 s at 1× (0.28 s if the parameter were honoured); timers never fire early.
  expect(await twoPlaybackSteps(page)).toBeGreaterThan(1400);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const year = await page.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuenow');
  await expect.poll(() => searchParams(page).get('year')).toBe(year);
  expect([...searchParams(page).keys()].sort()).toEqual(['lang', 'year']);
});

test('the test-only global window.__partnerMapTimeScale speeds playback and stays out of the URL', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.__partnerMapTimeScale = 0.1;
  });
  await openApp(page, '?lang=en', { map: false });
  await recordYears(page);
  await page.getByRole('button', { name: 'Play' }).click();
  expect(await twoPlaybackSteps(page)).toBeLessThan(1400);
  await expect.poll(() => [...searchParams(page).keys()].sort()).toEqual(['lang', 'year']);
  // Playback ends at "today", which the URL leaves out.
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => [...searchParams(page).keys()]).toEqual(['lang']);
});
