import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ROOT, waitForMap, type RawPartner } from './support/app-page';
import { judge, readMaps, type Drawn } from './support/legibility';

// Issue 15: in the first view every shown partner is identifiable and none is drawn twice, from the
// rendered features. Expected names and countries come from the raw files, never from the app.

const SIZES = [
  [390, 844],
  [1366, 768],
  [1920, 1080],
  [1080, 1920],
  [3840, 2160],
] as const;
const SHOTS = `${ROOT}test-results/legibility-shots`;

interface Dataset {
  name: string;
  partners: RawPartner[];
  config: { countryNames?: Record<string, { en: string }> };
  /** Serves this dataset's files in place of the shipped ones (nothing when it is the shipped one). */
  route?: (page: Page) => Promise<void>;
}

const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');

function dataset(name: string, configPath: string, partnersText: string, routed: boolean): Dataset {
  const config = JSON.parse(read(configPath)) as Dataset['config'];
  const partners = JSON.parse(partnersText).features as RawPartner[];
  const route = async (page: Page) => {
    await page.route('**/data/config.json', (r) =>
      r.fulfill({ body: read(configPath), contentType: 'application/json' }),
    );
    await page.route('**/data/partners.geojson', (r) =>
      r.fulfill({ body: partnersText, contentType: 'application/geo+json' }),
    );
  };
  return { name, partners, config, route: routed ? route : undefined };
}

const shipped = dataset('shipped', 'data/config.json', read('data/partners.geojson'), false);
const otherCity = dataset(
  'other-city',
  'e2e/fixtures/other-city/config.json',
  read('e2e/fixtures/other-city/partners.geojson'),
  true,
);

/** English country names from the browser's own Intl data (Node's ICU may word them differently). */
async function countryNamer(page: Page, data: Dataset) {
  const codes = [...new Set(data.partners.map((p) => p.properties.country))];
  const names = await page.evaluate(
    (codes) => codes.map((c) => new Intl.DisplayNames(['en'], { type: 'region' }).of(c) ?? c),
    codes,
  );
  const byCode = new Map(codes.map((c, i) => [c, names[i]!]));
  return (code: string) => data.config.countryNames?.[code]?.en ?? byCode.get(code) ?? code;
}

async function firstView(page: Page, data: Dataset, size: readonly [number, number]) {
  await page.setViewportSize({ width: size[0], height: size[1] });
  await data.route?.(page);
  await page.goto('./?lang=en');
  // 5,000 partners take a while to parse and validate on a busy machine: wait for the map itself.
  await waitForMap(page);
  const maps = await readMaps(page, data.partners);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${data.name}-${size[0]}x${size[1]}.png` });
  return {
    ...judge(maps, data.partners, await countryNamer(page, data)),
    underChrome: await underChrome(page, maps[0]!),
  };
}

/** Drawn markers and groups whose centre lies under a map button, an edge chip or a sheet over the map. */
async function underChrome(page: Page, drawn: Drawn): Promise<string[]> {
  const rects = await page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="map"] canvas')!.getBoundingClientRect();
    return [...document.querySelectorAll('.map-controls > *, .edge-chip, .dock')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => ({
        x0: r.left - canvas.left,
        y0: r.top - canvas.top,
        x1: r.right - canvas.left,
        y1: r.bottom - canvas.top,
      }));
  });
  return [...drawn.markers, ...drawn.groups]
    .filter((m) => rects.some((r) => m.x > r.x0 && m.x < r.x1 && m.y > r.y0 && m.y < r.y1))
    .map((m) => m.id);
}

for (const data of [shipped, otherCity]) {
  test(`${data.name}: every partner identifiable and drawn once at five sizes`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    for (const size of SIZES) {
      const verdict = await firstView(page, data, size);
      test
        .info()
        .annotations.push({ type: `${size[0]}x${size[1]}`, description: JSON.stringify(verdict) });
      expect(verdict.shown, `${size}`).toBe(data.partners.length);
      expect(verdict.notIdentifiable, `not identifiable at ${size}`).toEqual([]);
      expect(verdict.drawnTwice, `drawn twice at ${size}`).toEqual([]);
      expect(verdict.underChrome, `under the map's buttons or sheet at ${size}`).toEqual([]);
    }
  });
}

test('5,000 synthetic partners: every one identifiable and drawn once at 1366×768', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const out = `${ROOT}test-results/legibility-5000.geojson`;
  mkdirSync(`${ROOT}test-results`, { recursive: true });
  execFileSync('node', [`${ROOT}bench/generate.mjs`, '--count', '5000', '--out', out], {
    stdio: 'ignore',
  });
  const big = dataset('5000', 'data/config.json', readFileSync(out, 'utf8'), true);
  const verdict = await firstView(page, big, [1366, 768]);
  test.info().annotations.push({ type: '5000', description: JSON.stringify(verdict) });
  expect(verdict.notIdentifiable).toEqual([]);
  expect(verdict.drawnTwice).toEqual([]);
  // A world view of 5,000 draws at most a few hundred markers and group markers.
  expect(verdict.groups + verdict.singles).toBeLessThan(400);
});

test('a click on a group zooms to its members, each then drawn and named on its own', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?lang=en');
  await waitForMap(page);
  const korea = shipped.partners.filter((p) => p.properties.country === 'KR');
  const before = await readMaps(page, shipped.partners);
  const group = before[0]!.groups.find((g) =>
    g.members.some((id) => id === korea[0]!.properties.id),
  );
  expect(group, 'Korea is grouped in the first view').toBeDefined();
  const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
  await page.mouse.click(box.x + group!.x, box.y + group!.y);
  await expect
    .poll(async () => {
      const after = await readMaps(page, shipped.partners);
      return judge(after, korea, await countryNamer(page, shipped));
    })
    .toMatchObject({ notIdentifiable: [], drawnTwice: [], shown: korea.length });
  const after = await readMaps(page, shipped.partners);
  const singles = new Set(after[0]!.markers.map((m) => m.id));
  expect(group!.members.filter((id) => singles.has(id)).length).toBeGreaterThan(1);
});

test('?partner= inside a group draws that partner on its own, named', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?lang=en&partner=daegu');
  await waitForMap(page);
  const daegu = shipped.partners.filter((p) => p.properties.id === 'daegu');
  await expect
    .poll(async () => {
      const maps = await readMaps(page, shipped.partners);
      const own = maps[0]!.markers.some((m) => m.id === 'daegu');
      return { own, ...judge(maps, daegu, await countryNamer(page, shipped)) };
    })
    .toMatchObject({ own: true, notIdentifiable: [], drawnTwice: [] });
});

test('zoomed in, edge chips count the partners beyond each edge and a tap flies there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?lang=en');
  await waitForMap(page);
  await page.evaluate(() =>
    (window.__partnerMap!.map as import('maplibre-gl').Map).jumpTo({ center: [10, 48], zoom: 4 }),
  );
  // Expected from the raw coordinates: partners beyond the left and right edges, by the same centre rule.
  const coords = shipped.partners.map((p) => p.geometry.coordinates);
  const expected = await page.evaluate((coords) => {
    const map = window.__partnerMap!.map as import('maplibre-gl').Map;
    const { clientWidth: w, clientHeight: h } = map.getCanvas();
    const sides = { left: 0, right: 0, top: 0, bottom: 0 };
    for (const c of coords) {
      const { x, y } = map.project(c as [number, number]);
      if (x >= 0 && x <= w && y >= 0 && y <= h) continue;
      const dx = (x - w / 2) / w;
      const dy = (y - h / 2) / h;
      if (Math.abs(dx) >= Math.abs(dy)) sides[dx < 0 ? 'left' : 'right'] += 1;
      else sides[dy < 0 ? 'top' : 'bottom'] += 1;
    }
    return sides;
  }, coords);
  expect(expected.right).toBeGreaterThan(0);
  const right = page.getByRole('button', { name: new RegExp(`^→ ${expected.right} · Asia$`) });
  await expect(right).toBeVisible();
  await right.click();
  // After the flight the chip for that side is gone or smaller: those partners are now on screen.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const map = window.__partnerMap!.map as import('maplibre-gl').Map;
        return !map.isMoving() && map.getCenter().lng > 60;
      }),
    )
    .toBe(true);
});

/** Raw partners whose coordinates lie outside the map's canvas now (projected by the test itself). */
async function outsideMap(page: Page, partners: readonly RawPartner[]) {
  return page.evaluate(
    (list) => {
      const map = window.__partnerMap!.map as import('maplibre-gl').Map;
      const { clientWidth: w, clientHeight: h } = map.getCanvas();
      return list
        .filter(({ c }) => {
          const { x, y } = map.project(c as [number, number]);
          return x < 0 || x > w || y < 0 || y > h;
        })
        .map(({ id }) => id);
    },
    partners.map((p) => ({ id: p.properties.id, c: p.geometry.coordinates })),
  );
}

test('a resize with no partner open fits the home view again; a view the visitor moved stays', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?mode=embed&lang=en');
  await waitForMap(page);
  expect(await outsideMap(page, shipped.partners)).toEqual([]);
  // The embed's frame shrinks: every partner is in view again once the map has settled.
  await page.setViewportSize({ width: 800, height: 600 });
  await expect
    .poll(async () => {
      await readMaps(page, shipped.partners);
      return outsideMap(page, shipped.partners);
    })
    .toEqual([]);
  // The visitor zooms into Europe; a resize then keeps their view (Americas stay out of it).
  const americas = shipped.partners.filter((p) => p.geometry.coordinates[0] < -30);
  await page.evaluate(() =>
    (window.__partnerMap!.map as import('maplibre-gl').Map).jumpTo({ center: [10, 48], zoom: 4 }),
  );
  // A bounded "nothing happens" window: a refit would zoom within 150 ms of the resize; none may come.
  const zoomed = page.evaluate(
    () =>
      new Promise<boolean>((done) => {
        const map = window.__partnerMap!.map as import('maplibre-gl').Map;
        const timer = setTimeout(() => done(false), 2000);
        map.once('zoomstart', () => {
          clearTimeout(timer);
          done(true);
        });
      }),
  );
  await page.setViewportSize({ width: 1024, height: 700 });
  expect(await zoomed, "the visitor's view was not re-fitted").toBe(false);
  await readMaps(page, shipped.partners);
  expect(await outsideMap(page, americas)).toEqual(americas.map((p) => p.properties.id));
});

test('a group no zoom tells apart lists its members; each opens its partner, by keyboard too', async ({
  page,
}) => {
  // Two clearly synthetic partners a few metres apart, alone in their country, beside the other city's.
  const other = JSON.parse(read('e2e/fixtures/other-city/partners.geojson'));
  const template = other.features[0] as RawPartner & { properties: Record<string, unknown> };
  const twins = ['A', 'B'].map((letter, i) => ({
    ...template,
    geometry: { type: 'Point', coordinates: [-21.8954 + i * 0.0001, 64.1466] },
    properties: {
      ...template.properties,
      id: `synthetic-twin-${letter.toLowerCase()}`,
      name: { vi: `Đôi ${letter} (thử)`, en: `Twin ${letter} (synthetic)` },
      country: 'IS',
    },
  }));
  const text = JSON.stringify({ ...other, features: [...other.features, ...twins] });
  const data = dataset('twins', 'e2e/fixtures/other-city/config.json', text, true);
  await page.setViewportSize({ width: 1366, height: 768 });
  await data.route!(page);
  await page.goto('./?lang=en');
  await waitForMap(page);
  const ids = twins.map((t) => t.properties.id);
  const maps = await readMaps(page, data.partners);
  const group = maps[0]!.groups.find((g) => ids.every((id) => g.members.includes(id)));
  expect(group?.members.sort(), 'the twins form one group').toEqual([...ids].sort());
  const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
  await page.mouse.click(box.x + group!.x, box.y + group!.y);
  const expectedLabel = `${new Intl.DisplayNames(['en'], { type: 'region' }).of('IS')} · 2`;
  const list = page.getByRole('dialog', { name: expectedLabel });
  await expect(list).toBeVisible();
  const names = twins.map((t) => t.properties.name.en).sort();
  await expect(list.getByRole('button', { name: /synthetic/ })).toHaveText(names);
  // Focus is in the list: ↓ moves to the second member, Enter opens it.
  await expect(list.getByRole('button', { name: names[0] })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('button', { name: names[1] })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`partner=${twins[1]!.properties.id}`));
  // Escape closes a list and gives the keyboard back to the map.
  await page.getByRole('button', { name: 'Close' }).first().click();
  await expect(page).not.toHaveURL(/partner=/);
  const again = (await readMaps(page, data.partners))[0]!.groups.find((g) =>
    ids.every((id) => g.members.includes(id)),
  );
  expect(again, 'the twins are one group again').toBeDefined();
  await page.mouse.click(box.x + again!.x, box.y + again!.y);
  await expect(list).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(page.getByTestId('map')).toBeFocused();
});
