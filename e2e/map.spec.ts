import { expect, test, type Page } from '@playwright/test';
import {
  openApp,
  partnerList,
  searchParams,
  shippedConfig,
  shippedPartners,
  watchPage,
} from './support/app-page';
import { slerp } from './support/geo';

/** Partner ids whose arcs are drawn at a screen point (within a few pixels). */
async function arcIdsAt(page: Page, lngLat: [number, number]) {
  return page.evaluate(([lon, lat]) => {
    const map = window.__partnerMap!.map as import('maplibre-gl').Map;
    const p = map.project([lon, lat]);
    const box: [[number, number], [number, number]] = [
      [p.x - 4, p.y - 4],
      [p.x + 4, p.y + 4],
    ];
    return map
      .queryRenderedFeatures(box, { layers: ['arcs-solid', 'arcs-dashed'] })
      .map((f) => String(f.properties.id));
  }, lngLat);
}

test('the map renders offline, with no foreign request and no page error', async ({ page }) => {
  const watch = watchPage(page);
  await openApp(page, '?lang=en');
  const canvas = page.locator('canvas.maplibregl-canvas');
  await expect(canvas).toBeVisible();
  const png = await canvas.screenshot();
  const stats = await page.evaluate(async (b64) => {
    // Decoded here, not fetched from a data: URL, which the page's CSP (connect-src 'self') refuses.
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set<number>();
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < data.length; i += 16) {
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      sum += data[i]!;
      sq += data[i]! ** 2;
    }
    const n = data.length / 16;
    return { colours: colours.size, sd: Math.sqrt(sq / n - (sum / n) ** 2) };
  }, png.toString('base64'));
  expect(stats.colours).toBeGreaterThan(50);
  expect(stats.sd).toBeGreaterThan(10);
  expect(watch.foreign).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('arcs follow their true great circles', async ({ page }) => {
  await openApp(page, '?lang=en');
  const home = shippedConfig().home.coordinates;
  const partners = shippedPartners();
  for (const id of ['oakland', 'pittsburgh', 'mar-del-plata']) {
    const p = partners.find((x) => x.properties.id === id)!;
    // Reset to the whole-network view, then probe points along the independent great circle.
    for (const t of [0.25, 0.5, 0.75]) {
      const point = slerp(home, p.geometry.coordinates, t);
      const ids = await arcIdsAt(page, point);
      expect(ids, `${id} at t=${t} (${point.map((v) => v.toFixed(1)).join(', ')})`).toContain(id);
    }
  }
  // Pittsburgh goes over the Arctic, Mar del Plata south-west through the Southern Ocean.
  const pittsburgh = slerp(
    home,
    partners.find((x) => x.properties.id === 'pittsburgh')!.geometry.coordinates,
    0.5,
  );
  expect(pittsburgh[1]).toBeGreaterThan(70);
  const mdp = slerp(
    home,
    partners.find((x) => x.properties.id === 'mar-del-plata')!.geometry.coordinates,
    0.5,
  );
  expect(mdp[1]).toBeLessThan(-40);
  expect(mdp[0]).toBeGreaterThan(20);
  expect(mdp[0]).toBeLessThan(108);
});

test('the Hoàng Sa and Trường Sa archipelagos and the East Sea are labelled', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() =>
    (window.__partnerMap!.map as import('maplibre-gl').Map).jumpTo({ center: [111, 13], zoom: 4 }),
  );
  await page.waitForFunction(() =>
    (window.__partnerMap!.map as import('maplibre-gl').Map).loaded(),
  );
  const labels = async () =>
    page.evaluate(() =>
      (window.__partnerMap!.map as import('maplibre-gl').Map)
        .queryRenderedFeatures({ layers: ['sovereignty-labels', 'sea-label'] })
        .map((f) => String(f.properties.name_vi ?? '') + '|' + String(f.properties.name_en ?? '')),
    );
  await expect
    .poll(labels)
    .toEqual(
      expect.arrayContaining([
        'Quần đảo Hoàng Sa (Đà Nẵng)|Hoang Sa archipelago (Da Nang)',
        'Quần đảo Trường Sa (Khánh Hòa)|Truong Sa archipelago (Khanh Hoa)',
        'Biển Đông|East Sea',
      ]),
    );
});

test('selecting from the list opens the panel and sets ?partner=', async ({ page }) => {
  await openApp(page, '?lang=en');
  await partnerList(page)
    .getByRole('button', { name: /^Genoa/ })
    .click();
  const panel = page.getByRole('dialog', { name: 'Genoa' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Italy');
  await expect(panel.getByRole('link').first()).toHaveAttribute('rel', 'noopener noreferrer');
  await expect.poll(() => searchParams(page).get('partner')).toBe('genoa');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect.poll(() => searchParams(page).get('partner')).toBeNull();
  await expect(partnerList(page).getByRole('button', { name: /^Genoa/ })).toBeFocused();
});

test('?partner=le-havre opens Le Havre with its date and fields', async ({ page }) => {
  await openApp(page, '?lang=en&partner=le-havre', { map: false });
  const panel = page.getByRole('dialog', { name: 'Le Havre' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('6 October 2025');
  await expect(panel).toContainText('Urban planning & smart city');
  await expect(panel.getByText('Le Havre', { exact: true }).first()).toBeVisible();
});

test('?partner=daegu&year=2000 shows Daegu with the year moved to its signing', async ({
  page,
}) => {
  await openApp(page, '?lang=en&partner=daegu&year=2000', { map: false });
  await expect(page.getByRole('dialog', { name: 'Daegu' })).toBeVisible();
  await expect.poll(() => searchParams(page).get('year')).toBe('2004');
  const raw = shippedPartners().filter(
    (p) => p.properties.signed && Number(p.properties.signed.slice(0, 4)) <= 2004,
  );
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(raw.length);
});

test('a legend toggle hides that field from the map and the list', async ({ page }) => {
  await openApp(page, '?lang=en');
  const raw = shippedPartners();
  const onlyTourism = raw.filter(
    (p) => p.properties.fields.length > 0 && p.properties.fields.every((f) => f === 'tourism'),
  );
  const withTourism = raw.filter((p) => p.properties.fields.includes('tourism'));
  // Solo tourism with Alt-click: exactly the partners that name tourism.
  await page.getByRole('button', { name: /^Tourism/ }).click({ modifiers: ['Alt'] });
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(withTourism.length);
  await expect.poll(() => searchParams(page).get('fields')).toBe('tourism');
  const rendered = async () =>
    page.evaluate(() => {
      const map = window.__partnerMap!.map as import('maplibre-gl').Map;
      return new Set(
        map.queryRenderedFeatures({ layers: ['partners'] }).map((f) => String(f.properties.id)),
      ).size;
    });
  await expect.poll(rendered).toBeLessThanOrEqual(withTourism.length);
  // Turning tourism off from "all" keeps every partner with another field on.
  await page.getByRole('button', { name: 'All fields' }).click();
  await page.getByRole('button', { name: /^Tourism/ }).click();
  await expect(page.getByRole('button', { name: /^Tourism/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(
    raw.length - onlyTourism.length,
  );
});

test('search ignores case and accents, including đ → d', async ({ page }) => {
  await openApp(page, '?lang=vi', { map: false });
  const search = page.getByRole('searchbox', { name: 'Tìm đối tác' });
  await search.fill('son dong');
  await expect(partnerList(page, 'vi').getByRole('listitem')).toHaveCount(1);
  await expect(partnerList(page, 'vi')).toContainText('Sơn Đông');
  await search.fill('LE HAVRE');
  await expect(partnerList(page, 'vi').getByRole('listitem')).toHaveCount(1);
  await search.fill('han quoc');
  const korean = shippedPartners().filter((p) => p.properties.country === 'KR').length;
  await expect(partnerList(page, 'vi').getByRole('listitem')).toHaveCount(korean);
});

/** Page coordinates of a map location. */
async function pagePoint(page: Page, lngLat: [number, number]) {
  return page.evaluate(([lon, lat]) => {
    const map = window.__partnerMap!.map as import('maplibre-gl').Map;
    const p = map.project([lon, lat]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat);
}

test('pointing at a marker or near its arc names the partner and a click opens it; a partner hidden by the year does neither', async ({
  page,
}) => {
  const mdp = shippedPartners().find((p) => p.properties.id === 'mar-del-plata')!;
  const home = shippedConfig().home.coordinates;
  const tooltip = page.getByRole('tooltip');
  await openApp(page, '?lang=en');
  const marker = await pagePoint(page, mdp.geometry.coordinates);
  await page.mouse.move(marker.x, marker.y);
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Mar del Plata');
  // Arcs are thin: a pointer a few pixels off the line still finds it.
  const mid = await pagePoint(page, slerp(home, mdp.geometry.coordinates, 0.5));
  await page.mouse.move(mid.x + 3, mid.y + 3);
  await expect(tooltip).toContainText('Mar del Plata');
  await page.mouse.click(mid.x + 3, mid.y + 3);
  await expect(page.getByRole('dialog', { name: 'Mar del Plata' })).toBeVisible();

  // Signed in 2022: in 2021 the same places answer nothing.
  await openApp(page, '?lang=en&year=2021');
  const before = await pagePoint(page, mdp.geometry.coordinates);
  await page.mouse.move(before.x, before.y);
  await page.mouse.move(before.x + 1, before.y);
  await expect(tooltip).toBeHidden();
  await page.mouse.click(before.x, before.y);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect.poll(() => searchParams(page).get('partner')).toBeNull();
});
