import { expect, test, type Page } from '@playwright/test';
import { openApp, partnerList, searchParams, shippedPartners } from './support/app-page';

const yearOf = (signed: string | null) => (signed ? Number(signed.slice(0, 4)) : null);

/** Partners the map draws (rendered markers not hidden by the year, and group markers' members), by id. */
async function renderedIds(page: Page) {
  return page.evaluate(() => {
    const map = window.__partnerMap!.map as import('maplibre-gl').Map;
    return [
      ...new Set(
        map
          .queryRenderedFeatures({ layers: ['partners', 'partner-groups'] })
          .filter((f) => f.state.hidden !== true)
          .flatMap((f) =>
            f.layer.id === 'partner-groups'
              ? String(f.properties.members).split(',')
              : [String(f.properties.id)],
          ),
      ),
    ].sort();
  });
}

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
  // The map at the whole-network view may stack nearby markers; every drawn marker must be expected.
  await expect
    .poll(async () => (await renderedIds(page)).every((id) => expected.includes(id)))
    .toBe(true);
  await expect
    .poll(async () => (await renderedIds(page)).length)
    .toBeGreaterThan(expected.length / 2);

  const slider = page.getByRole('slider', { name: 'Year' });
  await expect(slider).toHaveAttribute('aria-valuenow', '2010');
  await expect(slider).toHaveAttribute('aria-valuetext', `2010 — ${expected.length} partners`);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '2011');
  await expect.poll(() => searchParams(page).get('year')).toBe('2011');
  const in2011 = raw.filter((p) => (yearOf(p.properties.signed) ?? 9999) <= 2011).length;
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(in2011);
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
});

test('Play advances the years and Pause stops them', async ({ page }) => {
  await openApp(page, '?lang=en', { map: false });
  await page.getByRole('button', { name: '4×' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  const first = Math.min(...shippedPartners().map((p) => yearOf(p.properties.signed) ?? 9999));
  await expect.poll(() => Number(searchParams(page).get('year'))).toBeGreaterThan(first + 1);
  await page.getByRole('button', { name: 'Pause' }).click();
  const stopped = searchParams(page).get('year');
  await page.waitForTimeout(1200);
  await expect.poll(() => searchParams(page).get('year')).toBe(stopped);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
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
