import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ROOT, openApp, shippedConfig, shippedPartners } from './support/app-page';

// On a phone the world gets the map's width: the map's buttons are a narrow column of icons in
// every language (their names as before), not a column as wide as "Открытка (PNG)".
// Expected names come from the raw locale files; the world's span from the raw coordinates.

const LANGS = ['ru', 'th', 'vi', 'en', 'lo'] as const;

type MapStrings = Record<
  'zoomIn' | 'zoomOut' | 'resetView' | 'globe' | 'flat' | 'postcard',
  string
>;
const strings = (lang: string): MapStrings =>
  JSON.parse(readFileSync(`${ROOT}src/i18n/locales/${lang}.json`, 'utf8')).map;

/** The map buttons' boxes, and how much of the map's width the shown partners and home span. */
async function measure(page: Page, points: [number, number][]) {
  await page.waitForFunction(
    () => !(window.__partnerMap!.map as { isMoving: () => boolean }).isMoving(),
  );
  return page.evaluate((points) => {
    const map = window.__partnerMap!.map as {
      project: (p: [number, number]) => { x: number; y: number };
      getCanvas: () => HTMLCanvasElement;
    };
    const canvas = map.getCanvas().getBoundingClientRect();
    const buttons = [...document.querySelectorAll('.map-controls > *')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => ({ left: r.left, right: r.right, width: r.width, height: r.height }));
    const xs: number[] = [];
    let outside = 0;
    // World copies are off: each partner is drawn once, at its raw longitude.
    for (const point of points) {
      const p = map.project(point);
      if (p.x < 0 || p.x > canvas.width || p.y < 0 || p.y > canvas.height) outside++;
      else xs.push(p.x);
    }
    return {
      width: canvas.width,
      buttons,
      span: (Math.max(...xs) - Math.min(...xs)) / canvas.width,
      outside,
    };
  }, points);
}

test('phone 360×640: icon map buttons and a world as wide as the map, in long languages', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 640 });
  const points = [
    shippedConfig().home.coordinates,
    ...shippedPartners().map((p) => p.geometry.coordinates),
  ];
  for (const lang of LANGS) {
    await openApp(page, `?lang=${lang}`);
    const s = strings(lang);
    // The names stay exactly the locale's strings.
    for (const name of [s.zoomIn, s.zoomOut, s.resetView, s.globe, s.postcard])
      await expect(
        page.getByRole('button', { name, exact: true }),
        `${lang}: ${name}`,
      ).toBeVisible();
    const m = await measure(page, points);
    const column =
      Math.max(...m.buttons.map((b) => b.right)) - Math.min(...m.buttons.map((b) => b.left));
    console.log(
      `${lang} 360×640: buttons column ${column.toFixed(0)} px, world ${(m.span * 100).toFixed(0)} % of the map's ${m.width} px`,
    );
    expect(m.buttons.length, lang).toBe(5);
    expect(column, `${lang}: the buttons' column`).toBeLessThanOrEqual(56);
    for (const b of m.buttons) {
      expect(b.width, `${lang}: touch target`).toBeGreaterThanOrEqual(44);
      expect(b.height, `${lang}: touch target`).toBeGreaterThanOrEqual(44);
    }
    expect(m.outside, `${lang}: partners out of view`).toBe(0);
    expect(m.span, `${lang}: the world's share of the map's width`).toBeGreaterThanOrEqual(0.52);
  }
  // The toggle keeps its state and its two names.
  const ru = strings('ru');
  await openApp(page, '?lang=ru');
  await page.getByRole('button', { name: ru.globe, exact: true }).click();
  await expect(page.getByRole('button', { name: ru.flat, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

// A short map too: a phone held sideways (the buttons wrap into columns) and a 800×600 embed.
const SHORT = [
  { query: 'lang=en', size: [844, 390], columns: 2 },
  { query: 'mode=embed&lang=vi', size: [800, 600], columns: 1 },
] as const;
for (const c of SHORT) {
  test(`${c.size.join('×')} ?${c.query}: the map buttons are icons in ${c.columns} column(s)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: c.size[0], height: c.size[1] });
    await openApp(page, `?${c.query}`);
    const m = await measure(page, []);
    const lefts = new Set(m.buttons.map((b) => Math.round(b.left)));
    const column =
      Math.max(...m.buttons.map((b) => b.right)) - Math.min(...m.buttons.map((b) => b.left));
    console.log(
      `${c.size.join('×')} ?${c.query}: ${lefts.size} column(s), ${column.toFixed(0)} px`,
    );
    expect(m.buttons.length).toBe(5);
    expect(lefts.size).toBeLessThanOrEqual(c.columns);
    // Icon buttons are square touch targets: each column is one button wide.
    for (const b of m.buttons) expect(b.width).toBeLessThanOrEqual(Math.max(b.height, 44) + 1);
    expect(column).toBeLessThanOrEqual(c.columns * 44 + (c.columns - 1) * 12);
  });
}

type MapLike = import('maplibre-gl').Map;

/** Waits until the map has stopped and drawn (labels placed). */
async function idle(page: Page) {
  await page.evaluate(async () => {
    const map = window.__partnerMap!.map as MapLike;
    await new Promise<void>((done) => {
      const check = () => (map.loaded() && !map.isMoving() ? done() : map.once('idle', check));
      check();
    });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

/** Each edge chip, with the markers and names (partners, groups, home) drawn under it. */
function chipsOverNames(page: Page) {
  return page.evaluate(() => {
    const map = window.__partnerMap!.map as MapLike;
    const canvas = map.getCanvas().getBoundingClientRect();
    const layers = [
      'partners',
      'partner-labels',
      'partner-groups',
      'partner-group-labels',
      'home',
      'home-label',
    ].filter((id) => map.getLayer(id));
    const buttons = [...document.querySelectorAll('.map-controls > *')].map((b) =>
      b.getBoundingClientRect(),
    );
    return [...document.querySelectorAll<HTMLElement>('.edge-chip')].map((chip) => {
      const r = chip.getBoundingClientRect();
      const under = map.queryRenderedFeatures(
        [
          [r.left - canvas.left, r.top - canvas.top],
          [r.right - canvas.left, r.bottom - canvas.top],
        ],
        { layers },
      );
      const onButton = buttons.some(
        (b) => r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom,
      );
      return {
        chip: chip.textContent ?? '',
        side: chip.dataset.side,
        rect: { top: r.top, bottom: r.bottom, canvasBottom: canvas.bottom },
        under: [...new Set(under.map((f) => `${f.layer.id}:${String(f.properties.id)}`))],
        onButton,
      };
    });
  });
}

test('edge chips leave drawn partners and their names uncovered (Nagasaki under "↓ Asia")', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, '?lang=en');
  const nagasaki = shippedPartners().find((p) => p.properties.id === 'nagasaki')!;
  // Zoomed in on Nagasaki (from the raw file), which then sits where the bottom chip is drawn.
  await page.evaluate((at) => {
    (window.__partnerMap!.map as MapLike).jumpTo({ center: at, zoom: 5 });
  }, nagasaki.geometry.coordinates);
  await idle(page);
  const bottom = page.locator('.edge-chip[data-side="bottom"]');
  await expect(bottom).toBeVisible();
  await page.evaluate(
    ([at, y]) => {
      const map = window.__partnerMap!.map as MapLike;
      const canvas = map.getCanvas().getBoundingClientRect();
      const chipY = y - canvas.top;
      const { y: py } = map.project(at);
      map.panBy([0, py - chipY], { duration: 0 });
    },
    [
      nagasaki.geometry.coordinates,
      await bottom.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return (r.top + r.bottom) / 2;
      }),
    ] as const,
  );
  await idle(page);
  // Nagasaki is drawn, named, and at the chip's height.
  const drawn = await page.evaluate(() =>
    (window.__partnerMap!.map as MapLike)
      .queryRenderedFeatures({ layers: ['partners', 'partner-labels'] })
      .filter((f) => f.properties.id === 'nagasaki')
      .map((f) => f.layer.id),
  );
  expect(new Set(drawn)).toEqual(new Set(['partners', 'partner-labels']));
  // Once the chips have settled (fonts in, labels placed), none covers a marker or a name.
  await expect
    .poll(async () =>
      (await chipsOverNames(page)).flatMap((c) => c.under.map((u) => `${c.chip}: ${u}`)),
    )
    .toEqual([]);
  const chips = await chipsOverNames(page);
  console.log(JSON.stringify(chips));
  expect(
    chips.find((c) => c.side === 'bottom'),
    'the bottom chip',
  ).toBeTruthy();
  for (const c of chips) expect(c.onButton, `"${c.chip}" on a map button`).toBe(false);
  // The bottom chip stays on the bottom edge.
  const b = chips.find((c) => c.side === 'bottom')!;
  expect(b.rect.canvasBottom - b.rect.bottom).toBeLessThan(40);
});

test('a 360×480 embed in ru: the year, Play and Loop share one row, so the map keeps its height', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 480 });
  await openApp(page, '?mode=embed&lang=ru');
  const t = JSON.parse(readFileSync(`${ROOT}src/i18n/locales/ru.json`, 'utf8')).timeline;
  const play = page.getByRole('button', { name: t.play, exact: true });
  const loop = page.getByRole('button', { name: t.loop, exact: true });
  const [p, l, map] = await Promise.all([
    play.boundingBox(),
    loop.boundingBox(),
    page.getByTestId('map').boundingBox(),
  ]);
  console.log(
    `360×480 ru embed: play ${p?.width}×${p?.height} at y ${p?.y}, loop at y ${l?.y}, map ${map?.height} px tall`,
  );
  expect(Math.abs(p!.y + p!.height / 2 - (l!.y + l!.height / 2))).toBeLessThan(4);
  // Play is its symbol only: a square touch target.
  expect(p!.width).toBeGreaterThanOrEqual(44);
  expect(p!.height).toBeGreaterThanOrEqual(44);
  expect(p!.width).toBeLessThanOrEqual(p!.height + 1);
  // Pressed, it pauses and says so.
  await play.click();
  await expect(page.getByRole('button', { name: t.pause, exact: true })).toBeVisible();
});

test('1366×768 zoomed in: a chip below the map buttons shows its whole text', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, '?lang=en');
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await idle(page);
  }
  await expect(page.locator('.edge-chip[data-side="right"]')).toBeVisible();
  const chips = () =>
    page.evaluate(() => {
      const buttons = [...document.querySelectorAll('.map-controls > *')].map((b) =>
        b.getBoundingClientRect(),
      );
      return [...document.querySelectorAll<HTMLElement>('.edge-chip')].map((chip) => {
        const r = chip.getBoundingClientRect();
        return {
          text: chip.textContent,
          besideButtons: buttons.some((b) => r.top < b.bottom && b.top < r.bottom),
          cut: chip.scrollWidth > chip.clientWidth + 1,
        };
      });
    });
  // Only a chip level with the buttons may end in "…" (it stops before their column).
  await expect
    .poll(async () => (await chips()).filter((c) => c.cut && !c.besideButtons).map((c) => c.text))
    .toEqual([]);
});
