import { expect, test } from '@playwright/test';
import { openApp, partnerList, searchParams, shippedPartners } from './support/app-page';
import { drawnPartners, expectedDrawn } from './support/pixels';

const yearOf = (signed: string | null) => (signed ? Number(signed.slice(0, 4)) : null);

test('?year=2010 shows exactly the partners signed in or before 2010, in the list and on the map', async ({
  page,
}) => {
  const raw = shippedPartners();
  const expected = raw
    .filter((p) => {
      const y = yearOf(p.properties.signed);
      return y !== null && y <= 2010;
    })
    .map((p) => p.properties.id)
    .sort();
  await openApp(page, '?lang=en&year=2010');
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(expected.length);
  // On the map, read from the screen: exactly the isolated partners signed by 2010 are drawn.
  const signedBy = (year: number) => (id: string) =>
    (yearOf(raw.find((p) => p.properties.id === id)!.properties.signed) ?? Infinity) <= year;
  await expect.poll(() => drawnPartners(page)).toEqual(expectedDrawn(signedBy(2010)));

  const slider = page.getByRole('slider', { name: 'Year' });
  await expect(slider).toHaveAttribute('aria-valuenow', '2010');
  await expect(slider).toHaveAttribute('aria-valuetext', `2010 — ${expected.length} partners`);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '2011');
  await expect.poll(() => searchParams(page).get('year')).toBe('2011');
  const in2011 = raw.filter((p) => (yearOf(p.properties.signed) ?? 9999) <= 2011).length;
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(in2011);
  // A year when an isolated partner was signed: Gold Coast (2020) appears, Mar del Plata (2022) not yet.
  await slider.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', String(new Date().getFullYear()));
  await expect.poll(() => drawnPartners(page)).toEqual(expectedDrawn(() => true));
  await page.evaluate(() => window.__partnerMap!.setYear(2020));
  await expect(slider).toHaveAttribute('aria-valuenow', '2020');
  await expect.poll(() => drawnPartners(page)).toEqual(expectedDrawn(signedBy(2020)));
});

test('the slider pages by five years and ends at today with every partner', async ({ page }) => {
  const raw = shippedPartners();
  const first = Math.min(...raw.map((p) => yearOf(p.properties.signed) ?? 9999));
  await openApp(page, '?lang=vi&year=2010', { map: false });
  const slider = page.getByRole('slider', { name: 'Năm' });
  await slider.focus();
  await page.keyboard.press('PageUp');
  await expect(slider).toHaveAttribute('aria-valuenow', '2015');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(slider).toHaveAttribute('aria-valuenow', '2005');
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuenow', String(first));
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', String(new Date().getFullYear()));
  await expect(slider).toHaveAttribute('aria-valuetext', `Hiện nay — ${raw.length} đối tác`);
  await expect.poll(() => searchParams(page).get('year')).toBeNull();
  await expect(partnerList(page, 'vi').getByRole('listitem')).toHaveCount(raw.length);
  await expect(page.getByTestId('live-region')).toHaveText(`Hiện nay — ${raw.length} đối tác`);
  // The caption names the year once, then what it shows.
  const caption = page.getByTestId('timeline-caption');
  await expect(caption.locator('.timeline-year')).toHaveText('Hiện nay');
  await expect(caption.locator('.timeline-new')).toHaveText(`${raw.length} đối tác`);
});

test('Play advances the years and Pause stops them', async ({ page }) => {
  // Ten times faster playback (test-only global), so the pause can be watched over many steps.
  await page.addInitScript(() => {
    window.__partnerMapTimeScale = 0.1;
  });
  await openApp(page, '?lang=en', { map: false });
  const slider = page.getByRole('slider', { name: 'Year' });
  await page.getByRole('button', { name: '0.5×' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  const first = Math.min(...shippedPartners().map((p) => yearOf(p.properties.signed) ?? 9999));
  await expect
    .poll(async () => Number(await slider.getAttribute('aria-valuenow')))
    .toBeGreaterThan(first + 1);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const stopped = await slider.getAttribute('aria-valuenow');
  // "Nothing more happens" has no state to await: watch the slider for eight playback steps
  // (0.5× at a time scale of 0.1: 280 ms a step), counting the years it shows.
  const changes = await slider.evaluate(
    (el, ms) =>
      new Promise<number>((resolve) => {
        let n = 0;
        const watch = new MutationObserver(() => n++);
        watch.observe(el, { attributeFilter: ['aria-valuenow'] });
        window.setTimeout(() => (watch.disconnect(), resolve(n)), ms);
      }),
    8 * 280,
  );
  expect(changes).toBe(0);
  await expect(slider).toHaveAttribute('aria-valuenow', stopped!);
  await expect.poll(() => searchParams(page).get('year')).toBe(stopped);
});

test('the histogram has one bar group per year with signings', async ({ page }) => {
  await openApp(page, '?lang=en', { map: false });
  const years = new Set(
    shippedPartners()
      .map((p) => yearOf(p.properties.signed))
      .filter((y): y is number => y !== null && y < new Date().getFullYear()),
  );
  await expect(page.locator('.year-histogram g[data-year]')).toHaveCount(years.size);
});

test('moving the year before a selected partner deselects it with a notice', async ({ page }) => {
  await openApp(page, '?lang=en&partner=le-havre', { map: false });
  await expect(page.getByRole('dialog', { name: 'Le Havre' })).toBeVisible();
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('dialog', { name: 'Le Havre' })).toBeHidden();
  await expect(page.getByTestId('toast')).toContainText('Le Havre');
  await expect.poll(() => searchParams(page).get('partner')).toBeNull();
});
