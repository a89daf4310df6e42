import { expect, test, type Page } from '@playwright/test';
import { probeLayout, type LayoutReport } from './support/layout-probe';
import { newPage, openInHostFrame } from './support/sized-page';
import { appReady, openApp, shippedPartners } from './support/app-page';

// Every screen the map meets (issue 14): per mode, size and embed flags, the page never scrolls,
// the map keeps its share, and no control overlaps another or hides off the window. Cases that
// only differ in size resize one loaded page (which also checks resizing and rotating). The kiosk
// runs with a long idle time (`?idle=`, a kiosk setting), so its countdown never interrupts.

interface Case {
  size: [number, number];
  /** Least share of the window where the map is on top. */
  map: number;
  /** Something to do before measuring, after the resize. */
  act?: (page: Page) => Promise<void>;
  note?: string;
}
interface Group {
  name: string;
  query: string;
  /** The open partner, which neither the panel nor the map's buttons may cover. */
  partner?: string;
  cases: Case[];
}

const sheetMore = (page: Page) =>
  page.getByRole('button', { name: 'Show more of the panel' }).click();

const GROUPS: Group[] = [
  {
    name: 'web',
    query: 'lang=en',
    cases: [
      { size: [1920, 1080], map: 0.5 },
      { size: [1366, 768], map: 0.45 },
      { size: [1024, 768], map: 0.4 },
      { size: [820, 1180], map: 0.4, note: 'tablet, narrower sidebar' },
      { size: [390, 844], map: 0.5, note: 'phone, sheet at half' },
      { size: [360, 640], map: 0.5, note: 'phone, sheet at half' },
      {
        size: [390, 844],
        map: 0.04,
        act: async (page) => {
          await sheetMore(page);
          await expect(page.locator('.dock[data-snap="full"]')).toBeVisible();
        },
        note: 'phone, sheet at full: a strip of map is left',
      },
    ],
  },
  {
    name: 'web, a partner open',
    query: 'lang=en&partner=daegu',
    partner: 'daegu',
    cases: [
      { size: [390, 844], map: 0.4, note: 'partner sheet over the map; dock at peek' },
      { size: [1366, 768], map: 0.25, note: 'side panel inside the map' },
    ],
  },
  {
    name: 'kiosk',
    query: 'mode=kiosk&idle=3600',
    cases: [
      { size: [1920, 1080], map: 0.5 },
      { size: [1366, 768], map: 0.4 },
      { size: [1280, 1024], map: 0.4 },
      { size: [1080, 1920], map: 0.5, note: 'portrait totem' },
      { size: [768, 1366], map: 0.5, note: 'portrait tablet' },
    ],
  },
  {
    name: 'present, a partner open',
    query: 'mode=present&lang=en&partner=daegu',
    partner: 'daegu',
    cases: [
      { size: [1920, 1080], map: 0.25 },
      { size: [2560, 1440], map: 0.25 },
      { size: [3840, 2160], map: 0.25 },
    ],
  },
  {
    name: 'embed',
    query: 'mode=embed&lang=en',
    cases: [
      { size: [1920, 1200], map: 0.4 },
      { size: [800, 600], map: 0.4 },
      { size: [720, 540], map: 0.4 },
      { size: [719, 540], map: 0.4, note: 'just below the compact threshold' },
      { size: [360, 480], map: 0.4 },
      { size: [320, 400], map: 0.4 },
    ],
  },
  // Issue 19: longer (ru) and denser (ko) strings on the layout-sensitive screens.
  {
    name: 'web in ko, a partner open',
    query: 'lang=ko&partner=daegu',
    partner: 'daegu',
    cases: [
      { size: [390, 844], map: 0.4, note: 'partner sheet over the map; dock at peek' },
      { size: [1366, 768], map: 0.25, note: 'side panel inside the map' },
    ],
  },
  {
    name: 'web in ru',
    query: 'lang=ru',
    cases: [
      // "Воспроизвести" is long: the count goes under the year so the buttons keep one row.
      { size: [1024, 768], map: 0.4, note: 'long button labels' },
      { size: [360, 640], map: 0.5, note: 'phone, sheet at half' },
      {
        size: [360, 640],
        map: 0.5,
        act: async (page) => {
          // Zoomed in, chips name what lies off screen: the long names end before the map buttons.
          for (let i = 0; i < 2; i++)
            await page.getByRole('button', { name: 'Приблизить' }).click();
          await expect(page.locator('.edge-chip').first()).toBeVisible();
        },
        note: 'phone zoomed in: edge chips beside the buttons',
      },
    ],
  },
  {
    name: 'kiosk in ru',
    query: 'mode=kiosk&idle=3600&lang=ru',
    cases: [
      { size: [1920, 1080], map: 0.5 },
      { size: [1080, 1920], map: 0.5, note: 'portrait totem' },
    ],
  },
  {
    name: 'kiosk in ko',
    query: 'mode=kiosk&idle=3600&lang=ko',
    cases: [{ size: [1366, 768], map: 0.4 }],
  },
  {
    name: 'present in ru, a partner open',
    query: 'mode=present&lang=ru&partner=daegu',
    partner: 'daegu',
    cases: [{ size: [1920, 1080], map: 0.25 }],
  },
  {
    name: 'embed in ru',
    query: 'mode=embed&lang=ru',
    cases: [{ size: [360, 480], map: 0.4 }],
  },
  // The four render flags pairwise (with the defaults above, every pair of values appears).
  {
    name: 'embed header',
    query: 'mode=embed&timeline=0&list=0&legend=0',
    cases: [{ size: [800, 600], map: 0.4 }],
  },
  {
    name: 'embed timeline',
    query: 'mode=embed&header=0&list=0&legend=0',
    cases: [{ size: [360, 480], map: 0.4 }],
  },
  {
    name: 'embed list',
    query: 'mode=embed&header=0&timeline=0&legend=0',
    cases: [{ size: [1024, 640], map: 0.4 }],
  },
  {
    name: 'embed legend',
    query: 'mode=embed&header=0&timeline=0&list=0',
    cases: [{ size: [320, 568], map: 0.4 }],
  },
];

const started = Date.now();
test.afterAll(() => {
  console.log(`screens.spec: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/** Waits until the layout has settled: two frames, and no CSS transition running. */
async function settle(page: Page) {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
  );
}

/** Where the open partner is drawn, and what lies on top of it there. */
async function partnerSpot(page: Page, id: string) {
  const partner = shippedPartners().find((p) => p.properties.id === id);
  if (!partner) throw new Error(`no partner ${id} in the data file`);
  await page.waitForFunction(
    () => !(window.__partnerMap!.map as { isMoving: () => boolean }).isMoving(),
  );
  return page.evaluate(([lon, lat]) => {
    const map = window.__partnerMap!.map as {
      project: (p: [number, number]) => { x: number; y: number };
      getCanvas: () => HTMLCanvasElement;
    };
    const box = map.getCanvas().getBoundingClientRect();
    for (const x of [lon, lon - 360, lon + 360]) {
      const p = map.project([x, lat]);
      if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) continue;
      const el = document.elementFromPoint(box.left + p.x, box.top + p.y);
      const onMap = Boolean(el?.closest('[data-testid="map"]') && !el?.closest('.map-controls'));
      return onMap ? 'on the map' : `under ${el?.className || el?.tagName}`;
    }
    return 'out of view';
  }, partner.geometry.coordinates);
}

function expectFits(report: LayoutReport, c: Case, kiosk: boolean) {
  expect(report.scrollHeight, 'page height').toBeLessThanOrEqual(report.innerHeight);
  expect(report.scrollWidth, 'page width').toBeLessThanOrEqual(report.innerWidth);
  expect(report.mapShare, 'map share').toBeGreaterThanOrEqual(c.map);
  expect(report.overlaps, 'overlapping controls').toEqual([]);
  expect(report.covered, 'controls covered by something else').toEqual([]);
  expect(report.outside, 'controls off the window').toEqual([]);
  if (kiosk) expect(report.small, 'controls under 64 px').toEqual([]);
  expect(report.controls).toBeGreaterThan(3);
}

for (const group of GROUPS) {
  test.describe(`${group.name} (?${group.query})`, () => {
    test.describe.configure({ mode: 'serial' });
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      page = await newPage(browser, group.cases[0]!.size);
      await page.goto(`./?${group.query}`);
      await appReady(page);
    });
    test.afterAll(async () => page.context().close());

    for (const c of group.cases) {
      const label = `${c.size.join('×')}${c.note ? ` (${c.note})` : ''}`;
      test(label, async () => {
        await page.setViewportSize({ width: c.size[0], height: c.size[1] });
        await settle(page);
        await c.act?.(page);
        await settle(page);
        const report = await page.evaluate(probeLayout, {
          minControl: group.query.includes('kiosk') ? 64 : 0,
        });
        const file = `${group.name}-${c.size.join('x')}${c.act ? '-acted' : ''}`.replace(
          /[^\w-]+/g,
          '-',
        );
        await page.screenshot({ path: test.info().outputPath(`${file}.png`) });
        console.log(
          `${group.name} ${label}: page ${report.scrollWidth}×${report.scrollHeight} in ${report.innerWidth}×${report.innerHeight}, map ${(report.mapShare * 100).toFixed(0)} %, ${report.controls} controls`,
        );
        expectFits(report, c, group.query.includes('kiosk'));
        // Once the camera has re-framed it (after a resize too), the partner is on the open map.
        const partner = group.partner;
        if (partner) await expect.poll(() => partnerSpot(page, partner)).toBe('on the map');
        if (!/list=0/.test(group.query)) {
          // Wherever a tab or fold puts it, the list of every shown partner is in the page.
          await expect(page.locator('#partner-list > li')).toHaveCount(shippedPartners().length);
        }
      });
    }
  });
}

test('a plain 540-px iframe without embed.js is a complete map that fits', async ({ page }) => {
  await page.setViewportSize({ width: 960, height: 700 });
  const frame = await openInHostFrame(page, 'mode=embed&lang=en');
  await frame.waitForFunction(() => Boolean(window.__partnerMap?.marks?.ready), null, {
    timeout: 45_000,
  });
  const report = await frame.evaluate(probeLayout, { minControl: 0 });
  await page.screenshot({ path: test.info().outputPath('iframe-540.png') });
  console.log(
    `plain iframe: page ${report.scrollWidth}×${report.scrollHeight} in ${report.innerWidth}×${report.innerHeight}, map ${(report.mapShare * 100).toFixed(0)} %`,
  );
  expect(report.innerHeight).toBe(540);
  expectFits(report, { size: [report.innerWidth, 540], map: 0.4 }, false);

  // The map shows partners, not open sea: most shipped partners (read from the raw file) project
  // into the visible map.
  const coordinates = shippedPartners().map((p) => p.geometry.coordinates);
  const inView = await frame.evaluate((points) => {
    const map = window.__partnerMap!.map as {
      project: (p: [number, number]) => { x: number; y: number };
      getCanvas: () => HTMLCanvasElement;
    };
    const { width, height } = map.getCanvas().getBoundingClientRect();
    return points.filter(([lon, lat]) =>
      [lon - 360, lon, lon + 360].some((x) => {
        const p = map.project([x, lat]);
        return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
      }),
    ).length;
  }, coordinates);
  expect(inView).toBeGreaterThanOrEqual(Math.ceil(coordinates.length / 2));
});

test('the phone sheet moves between peek, half and full by drag, buttons and keys; tabs keep the list', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, '?lang=en', { map: false });
  const sheet = page.getByRole('complementary');
  const share = async () => ((await sheet.boundingBox())?.height ?? 0) / 844;
  // Half by default: the map keeps more than half the window.
  await expect.poll(share).toBeGreaterThan(0.25);
  expect(await share()).toBeLessThan(0.5);

  // Drag the grip (away from its buttons) up: full, with a strip of map left above.
  const grip = page.locator('.sheet-grip');
  const box = (await grip.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 40, 60, { steps: 8 });
  await page.mouse.up();
  await expect.poll(share).toBeGreaterThan(0.8);
  expect(await share()).toBeLessThan(0.97);

  // Keys on the grip's buttons, and the buttons themselves.
  const less = page.getByRole('button', { name: 'Show less of the panel' });
  await less.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(share).toBeLessThan(0.5);
  await less.click();
  await expect.poll(share).toBeLessThan(0.15);
  await page.getByRole('button', { name: 'Show more of the panel' }).press('ArrowUp');
  await expect.poll(share).toBeGreaterThan(0.25);

  // Partners is open by default; another tab hides the list but keeps it in the page.
  await expect(page.getByRole('tab', { name: 'Partners' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.getByRole('tab', { name: 'Fields' }).click();
  await expect(page.getByRole('group', { name: 'Fields' })).toBeVisible();
  await expect(page.locator('#partner-list')).toBeHidden();
  await expect(page.locator('#partner-list > li')).toHaveCount(shippedPartners().length);
  // The skip link brings the list back.
  await page.getByRole('link', { name: 'Skip to the partner list' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Partners', exact: true })).toBeVisible();
});
