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
import { drawnPartners, expectedDrawn } from './support/pixels';

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

test('the map renders offline: isolated partners and their arcs in their field colours, no foreign request, no page error', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openApp(page, '?lang=en');
  // Every isolated partner is shown at "today": its marker and arc are drawn in its field colour.
  await expect.poll(() => drawnPartners(page)).toEqual(expectedDrawn(() => true));
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
  // On the map: exactly the isolated partners that name tourism, in their own (first) field colour.
  const names = (id: string) =>
    raw.find((p) => p.properties.id === id)!.properties.fields.includes('tourism');
  await expect.poll(() => drawnPartners(page)).toEqual(expectedDrawn(names));
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
  const another = (id: string) =>
    raw.find((p) => p.properties.id === id)!.properties.fields.some((f) => f !== 'tourism');
  await expect.poll(() => drawnPartners(page)).toEqual(expectedDrawn(another));
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

/** Page coordinates of a map location, once the camera is still. */
async function pagePoint(page: Page, lngLat: [number, number]) {
  await page.waitForFunction(
    () => !(window.__partnerMap!.map as import('maplibre-gl').Map).isMoving(),
  );
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

  // Signed in 2022: in 2021 the same places answer nothing. First the settled 2021 map (Pittsburgh
  // drawn, Mar del Plata not) and a tooltip from a drawn partner; only then the absences.
  await openApp(page, '?lang=en&year=2021');
  const signedBy2021 = (id: string) => {
    const signed = shippedPartners().find((p) => p.properties.id === id)!.properties.signed;
    return signed !== null && Number(signed.slice(0, 4)) <= 2021;
  };
  await expect.poll(() => drawnPartners(page)).toEqual(expectedDrawn(signedBy2021));
  const pittsburgh = shippedPartners().find((p) => p.properties.id === 'pittsburgh')!;
  // Open and close Pittsburgh's panel once, so its code is loaded and a panel shows on the click.
  let drawn = await pagePoint(page, pittsburgh.geometry.coordinates);
  await page.mouse.move(drawn.x, drawn.y);
  await expect(tooltip).toHaveText(/Pittsburgh/);
  await page.mouse.click(drawn.x, drawn.y);
  await expect(page.getByRole('dialog', { name: 'Pittsburgh' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect.poll(() => searchParams(page).get('partner')).toBeNull();
  drawn = await pagePoint(page, pittsburgh.geometry.coordinates);
  const hidden = await pagePoint(page, mdp.geometry.coordinates);
  await page.mouse.move(drawn.x, drawn.y);
  await expect(tooltip).toHaveText(/Pittsburgh/);
  await page.mouse.move(hidden.x, hidden.y);
  await page.mouse.move(hidden.x + 1, hidden.y);
  await expect(tooltip).toBeHidden();
  // Every dialog and notice that shows from here on is recorded: a click on the hidden partner, then
  // one on Pittsburgh; once Pittsburgh's panel shows, both clicks were handled, and it is all there is.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __shown: string[] }).__shown = seen;
    const note = (what: string) => !seen.includes(what) && seen.push(what);
    new MutationObserver(() => {
      for (const d of document.querySelectorAll('[role="dialog"]')) {
        const label = document.getElementById(d.getAttribute('aria-labelledby') ?? '');
        note(`dialog: ${d.getAttribute('aria-label') ?? label?.textContent ?? '?'}`);
      }
      const toast = document.querySelector('[data-testid="toast"]')?.textContent;
      if (toast) note(`notice: ${toast}`);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.mouse.click(hidden.x, hidden.y);
  await page.mouse.click(drawn.x, drawn.y);
  await expect(page.getByRole('dialog', { name: 'Pittsburgh' })).toBeVisible();
  const shown = await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
  expect(shown).toEqual(['dialog: Pittsburgh']);
  await expect.poll(() => searchParams(page).get('partner')).toBe('pittsburgh');
});
