import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  openApp,
  partnerList,
  ROOT,
  searchParams,
  shippedConfig,
  shippedPartners,
} from './support/app-page';
import { decodePng, readQr } from './support/images';
import { fieldColour } from './support/pixels';

/** The presenter's tour order, from the raw file: by signing date, then id; undated last. */
function tourOrder() {
  const key = (s: string | null) =>
    s
      ? Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7) || 1) - 1, Number(s.slice(8, 10) || 1))
      : Infinity;
  return [...shippedPartners()].sort(
    (a, b) =>
      key(a.properties.signed) - key(b.properties.signed) ||
      a.properties.id.localeCompare(b.properties.id),
  );
}

type RawTour = ReturnType<typeof shippedPartners>[number];

/** Records every dialog and blackout that shows from now on, by name. */
async function recordShown(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __shown: string[] }).__shown = seen;
    const note = (what: string) => !seen.includes(what) && seen.push(what);
    new MutationObserver(() => {
      for (const d of document.querySelectorAll('[role="dialog"]')) {
        const label = document.getElementById(d.getAttribute('aria-labelledby') ?? '');
        note(`dialog: ${d.getAttribute('aria-label') ?? label?.textContent ?? '?'}`);
      }
      if (document.querySelector('[data-testid="blackout"]')) note('blackout');
    }).observe(document.body, { childList: true, subtree: true });
  });
}
const shown = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);

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
    await openApp(page, '?mode=kiosk&lang=en&idle=9', { map: false });
    await expect(page.getByRole('button', { name: 'Start over' })).toBeVisible();
    await partnerList(page)
      .getByRole('button', { name: /^Genoa/ })
      .click();
    await expect.poll(() => searchParams(page).get('partner')).toBe('genoa');
    await page.getByRole('slider', { name: 'Year' }).press('End');
    // 9 s idle (room for the clicks above on a busy machine), then a 3 s countdown: min(10, 9 / 3).
    await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 20_000 });
    const attract = page.getByTestId('attract');
    await expect(attract).toBeVisible({ timeout: 20_000 });
    // The call to action takes each offered language in turn; the English one is there.
    await expect(attract.locator('[lang="en"]')).toHaveText('Touch to explore');
    const params = searchParams(page);
    expect([...params.keys()].sort()).toEqual(['idle', 'lang', 'mode']);
    // The attract loop plays the timeline (the slider moves on from the first year) but never
    // writes the URL: a write would land with the change, before the slider shows it.
    const first = Math.min(
      ...shippedPartners().map((p) => Number(p.properties.signed?.slice(0, 4) ?? Infinity)),
    );
    const slider = page.getByRole('slider', { name: 'Year' });
    await expect
      .poll(async () => Number(await slider.getAttribute('aria-valuenow')), { timeout: 20_000 })
      .toBeGreaterThan(first);
    expect(new URL(page.url()).search).toBe('?lang=en&mode=kiosk&idle=9');
    // A touch stops it without triggering what is underneath. The layer stays a moment to swallow
    // the click; once it is gone the click has long been handled, so no dialog means none opened.
    const under = partnerList(page).getByRole('button').first();
    const box = await under.boundingBox();
    await page.mouse.click(box!.x + 20, box!.y + 10);
    await expect(attract).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).search).toBe('?lang=en&mode=kiosk&idle=9');
  });

  test('no link leaves the app: sources and the deep link are QR codes', async ({ page }) => {
    await openApp(page, '?mode=kiosk&lang=en&partner=daegu&year=2010', { map: false });
    const panel = page.getByRole('dialog', { name: 'Daegu' });
    await expect(panel).toBeVisible();
    // The first source's QR code encodes exactly its URL in data/partners.geojson.
    const raw = JSON.parse(readFileSync(`${ROOT}data/partners.geojson`, 'utf8')) as {
      features: { properties: { id: string; sources: { title: string; url: string }[] } }[];
    };
    const source = raw.features.find((f) => f.properties.id === 'daegu')!.properties.sources[0]!;
    const sourceQr = panel.getByRole('img', { name: `QR code: ${source.title}` });
    await expect(sourceQr).toBeVisible();
    expect(await readQr(sourceQr)).toBe(source.url);
    expect(await foreignLinks(page)).toEqual([]);
    await page.keyboard.press('Escape');
    for (const name of ['About this map', 'Keyboard', 'Open on your phone']) {
      await page.getByRole('button', { name }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await foreignLinks(page), name).toEqual([]);
      if (name === 'Open on your phone') {
        // The view on this page's own origin (publicUrl is null in the shipped config), without kiosk mode.
        const qr = page.getByRole('dialog').getByRole('img', { name: /QR code/ });
        await expect(qr).toBeVisible();
        expect(await readQr(qr)).toBe(`${new URL(page.url()).origin}/?lang=en&year=2010`);
      }
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  });

  test('with publicUrl set, the phone QR code opens the view there', async ({ page }) => {
    const publicUrl = 'https://partners.example.org/map/';
    await page.route('**/data/config.json', async (route) => {
      const config = JSON.parse(readFileSync(`${ROOT}data/config.json`, 'utf8')) as object;
      await route.fulfill({ json: { ...config, publicUrl } });
    });
    await openApp(page, '?mode=kiosk&lang=en&year=2010&idle=60', { map: false });
    await page.getByRole('button', { name: 'Open on your phone' }).click();
    const qr = page.getByRole('dialog').getByRole('img', { name: /QR code/ });
    await expect(qr).toBeVisible();
    expect(await readQr(qr)).toBe(`${publicUrl}?lang=en&year=2010`);
  });
});

test.describe('presenter', () => {
  test('→ opens the first tour partner and updates the URL; B blacks out; ? shows help', async ({
    page,
  }) => {
    await openApp(page, '?mode=present&lang=en', { map: false });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const [first, second] = tourOrder() as [RawTour, RawTour];
    await page.locator('body').press('ArrowRight');
    await expect(page.getByRole('dialog', { name: first.properties.name.en })).toBeVisible();
    await expect.poll(() => searchParams(page).get('partner')).toBe(first.properties.id);
    await expect
      .poll(() => searchParams(page).get('year'))
      .toBe(first.properties.signed!.slice(0, 4));
    await page.keyboard.press('PageDown');
    await expect.poll(() => searchParams(page).get('partner')).toBe(second.properties.id);
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
    await recordShown(page);
    await search.fill('');
    await search.pressSequentially('bl 1?');
    await expect(search).toHaveValue('bl 1?');
    await search.press('ArrowRight');
    // Then a real shortcut outside the box: once its dialog shows, every key before it was handled.
    await search.blur();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await shown(page)).toEqual(['dialog: Keyboard shortcuts']);
    expect(new URL(page.url()).search).toBe('?lang=en&mode=present');
  });
});

test('the presenter console follows the main window and drives it', async ({ page, context }) => {
  await openApp(page, '?mode=present&lang=en', { map: false });
  const consolePage = await context.newPage();
  await openApp(consolePage, '?mode=console&lang=en', { map: false });
  await expect(consolePage.getByRole('status')).toContainText('Connected');
  const [first, second] = tourOrder() as [RawTour, RawTour];
  await consolePage.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => searchParams(page).get('partner')).toBe(first.properties.id);
  await expect(consolePage.getByRole('region', { name: 'Now showing' })).toContainText(
    first.properties.name.en,
  );
  await page.locator('body').press('ArrowRight');
  await expect.poll(() => searchParams(page).get('partner')).toBe(second.properties.id);
  await expect(consolePage.getByRole('region', { name: 'Now showing' })).toContainText(
    second.properties.name.en,
  );
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
  const png = decodePng(await readFile((await file.path())!));
  const canvas = await page
    .locator('canvas.maplibregl-canvas')
    .evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height, css: c.clientWidth }));
  // The map part is the canvas, whole: as wide, and the bands add rows only.
  expect(png.width).toBe(canvas.width);
  expect(png.height).toBeGreaterThan(canvas.height);
  const colourAt = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!] as const;
  };
  // Where the map part sits: the offset at which Pittsburgh (signed 2008, alone on the map) shows
  // its field colour at its projected place.
  const pittsburgh = shippedPartners().find((p) => p.properties.id === 'pittsburgh')!;
  const at = await page.evaluate((lngLat) => {
    const map = window.__partnerMap!.map as import('maplibre-gl').Map;
    return map.project(lngLat);
  }, pittsburgh.geometry.coordinates);
  const scale = canvas.width / canvas.css;
  const [x, y] = [Math.round(at.x * scale), Math.round(at.y * scale)];
  const want = fieldColour('pittsburgh');
  const near = (c: readonly number[], w: readonly number[]) =>
    Math.hypot(c[0]! - w[0]!, c[1]! - w[1]!, c[2]! - w[2]!) < 16;
  const offsets = [];
  for (let o = 0; o + canvas.height <= png.height; o++)
    if (near(colourAt(x, y + o), want)) offsets.push(o);
  expect(offsets.length, 'the map part shows Pittsburgh in its field colour').toBeGreaterThan(0);
  const top = offsets[0]!;
  // The title and legend bands, around the map part: text and legend dots, not one flat colour,
  // with the dot of every field a partner shown in 2015 names first.
  const band = new Set<string>();
  for (let row = 0; row < png.height; row++) {
    if (row >= top && row < top + canvas.height) continue;
    for (let col = 0; col < png.width; col++) band.add(colourAt(col, row).join(','));
  }
  expect(band.size).toBeGreaterThan(20);
  const fields = new Set(
    shippedPartners()
      .filter((p) => Number(p.properties.signed?.slice(0, 4) ?? Infinity) <= 2015)
      .map((p) => p.properties.fields[0])
      .filter((f) => f !== undefined),
  );
  const colours = shippedConfig()
    .fields.filter((f) => fields.has(f.id))
    .map((f) => [1, 3, 5].map((i) => parseInt(f.color.slice(i, i + 2), 16)).join(','));
  expect(colours.filter((c) => !band.has(c))).toEqual([]);
});
