import { expect, test, type Page } from '@playwright/test';
import { openApp, partnerList, searchParams, shippedPartners } from './support/app-page';

async function foreignLinks(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => new URL(a.href, location.href).origin !== location.origin)
      .map((a) => a.href),
  );
}

test.describe('kiosk', () => {
  test('idle returns to the home state, then the attract loop runs until a touch', async ({
    page,
  }) => {
    await openApp(page, '?mode=kiosk&lang=en&idle=3', { map: false });
    await expect(page.getByRole('button', { name: 'Start over' })).toBeVisible();
    await partnerList(page)
      .getByRole('button', { name: /^Genoa/ })
      .click();
    await expect.poll(() => searchParams(page).get('partner')).toBe('genoa');
    await page.getByRole('slider', { name: 'Year' }).press('End');
    // 3 s idle, then a 1 s countdown: min(10, 3 / 3).
    await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 8000 });
    const attract = page.getByTestId('attract');
    await expect(attract).toBeVisible({ timeout: 8000 });
    await expect(page.getByText('Touch to explore')).toBeVisible();
    const params = searchParams(page);
    expect([...params.keys()].sort()).toEqual(['idle', 'lang', 'mode']);
    // The attract loop plays the timeline but never writes the URL.
    await page.waitForTimeout(1500);
    expect(new URL(page.url()).search).toBe('?lang=en&mode=kiosk&idle=3');
    // A touch stops it without triggering what is underneath.
    const under = partnerList(page).getByRole('button').first();
    const box = await under.boundingBox();
    await page.mouse.click(box!.x + 20, box!.y + 10);
    await expect(attract).toBeHidden();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect.poll(() => searchParams(page).get('partner')).toBeNull();
  });

  test('no link leaves the app: sources and the deep link are QR codes', async ({ page }) => {
    await openApp(page, '?mode=kiosk&lang=en&partner=daegu', { map: false });
    const panel = page.getByRole('dialog', { name: 'Daegu' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('img', { name: /^QR code:/ }).first()).toBeVisible();
    expect(await foreignLinks(page)).toEqual([]);
    await page.keyboard.press('Escape');
    for (const name of ['About this map', 'Keyboard', 'Open on your phone']) {
      await page.getByRole('button', { name }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await foreignLinks(page), name).toEqual([]);
      if (name === 'Open on your phone')
        await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  });
});

test.describe('presenter', () => {
  test('→ opens the first tour partner and updates the URL; B blacks out; ? shows help', async ({
    page,
  }) => {
    await openApp(page, '?mode=present&lang=en', { map: false });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const first = [...shippedPartners()].sort((a, b) => {
      const key = (s: string | null) =>
        s
          ? Date.UTC(
              Number(s.slice(0, 4)),
              Number(s.slice(5, 7) || 1) - 1,
              Number(s.slice(8, 10) || 1),
            )
          : Infinity;
      return (
        key(a.properties.signed) - key(b.properties.signed) ||
        a.properties.id.localeCompare(b.properties.id)
      );
    })[0]!;
    await page.locator('body').press('ArrowRight');
    await expect(page.getByRole('dialog', { name: first.properties.name.en })).toBeVisible();
    await expect.poll(() => searchParams(page).get('partner')).toBe(first.properties.id);
    await expect
      .poll(() => searchParams(page).get('year'))
      .toBe(first.properties.signed!.slice(0, 4));
    await page.keyboard.press('PageDown');
    await expect.poll(() => searchParams(page).get('partner')).not.toBe(first.properties.id);
    await page.keyboard.press('PageUp');
    await expect.poll(() => searchParams(page).get('partner')).toBe(first.properties.id);

    await page.keyboard.press('b');
    await expect(page.getByTestId('blackout')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.getByTestId('blackout')).toBeHidden();

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
  });

  test('typing in the search box never triggers a shortcut', async ({ page }) => {
    await openApp(page, '?mode=present&lang=en', { map: false });
    const search = page.getByRole('searchbox', { name: 'Search partners' });
    await search.fill('');
    await search.pressSequentially('bl 1?');
    await expect(search).toHaveValue('bl 1?');
    await search.press('ArrowRight');
    await expect(page.getByTestId('blackout')).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect.poll(() => searchParams(page).get('fields')).toBeNull();
    await expect.poll(() => searchParams(page).get('lang')).toBe('en');
    await expect.poll(() => searchParams(page).get('partner')).toBeNull();
  });
});

test('the presenter console follows the main window and drives it', async ({ page, context }) => {
  await openApp(page, '?mode=present&lang=en', { map: false });
  const consolePage = await context.newPage();
  await openApp(consolePage, '?mode=console&lang=en', { map: false });
  await expect(consolePage.getByRole('status')).toContainText('Connected');
  await consolePage.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => searchParams(page).get('partner')).not.toBeNull();
  const first = searchParams(page).get('partner')!;
  const name = shippedPartners().find((p) => p.properties.id === first)!.properties.name.en;
  await expect(consolePage.getByRole('region', { name: 'Now showing' })).toContainText(name);
  await page.locator('body').press('ArrowRight');
  await expect.poll(() => searchParams(page).get('partner')).not.toBe(first);
  await expect(consolePage.getByRole('status')).toContainText('step 2 of');
});

test('the postcard exports the current view as a PNG with room for title and legend', async ({
  page,
}) => {
  await openApp(page, '?mode=present&lang=en&year=2015');
  const download = page.waitForEvent('download');
  await page.getByTestId('postcard').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-2015-dark\.png$/);
  const bytes = await (await import('node:fs/promises')).readFile((await file.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const canvas = await page
    .locator('canvas.maplibregl-canvas')
    .evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
  expect(width).toBe(canvas[0]);
  expect(height).toBeGreaterThan(canvas[1]!);
});
