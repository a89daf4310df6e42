import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ROOT, waitForMap, type RawPartner } from './support/app-page';
import { judge, readMaps } from './support/legibility';

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
  return judge(maps, data.partners, await countryNamer(page, data));
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
