import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp, ROOT, searchParams, shippedConfig, shippedPartners } from './support/app-page';
import { routeKioskConfig } from './support/kiosk-config';

// The home view with a partner open (kiosk settle, or ⌂): every partner and home drawn in the map
// area the panel and the map buttons leave free, the world not shrunk to a corner, the partner kept.
// Positions come from the raw data file projected by the map; the free area from the page's boxes.

const resetName = (lang: 'vi' | 'en') =>
  JSON.parse(readFileSync(`${ROOT}src/i18n/locales/${lang}.json`, 'utf8')).map.resetView as string;

interface View {
  moving: boolean;
  /** Partners (by id) or home drawn outside the map, under the panel or under a map button. */
  misplaced: string[];
  worldWidth: number;
  /** The drawn height of the world between 65° S and 75° N (the home view's band). */
  worldHeight: number;
  freeWidth: number;
  freeHeight: number;
  mapWidth: number;
  panel: 'side' | 'bottom' | 'none';
}

function homeViewState(page: Page): Promise<View> {
  const points: [string, [number, number]][] = [
    ['home', shippedConfig().home.coordinates],
    ...shippedPartners().map((p): [string, [number, number]] => [
      p.properties.id,
      p.geometry.coordinates,
    ]),
  ];
  return page.evaluate((points) => {
    const map = window.__partnerMap!.map as {
      project: (p: [number, number]) => { x: number; y: number };
      getContainer: () => HTMLElement;
      isMoving: () => boolean;
    };
    const box = map.getContainer().getBoundingClientRect();
    const drawn = document.querySelector('.details-panel')?.getBoundingClientRect();
    const panel = !drawn || drawn.width === 0 ? null : drawn;
    const buttons = [...document.querySelectorAll('.map-controls > *')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0);
    // One world is drawn: a longitude is drawn once, in -180..180.
    const at = ([lng, lat]: [number, number]) => {
      const p = map.project([((((lng + 180) % 360) + 360) % 360) - 180, lat]);
      return { x: p.x + box.left, y: p.y + box.top };
    };
    const R = 6; // a marker's radius at least
    const over = (p: { x: number; y: number }, r: DOMRect) =>
      p.x > r.left - R && p.x < r.right + R && p.y > r.top - R && p.y < r.bottom + R;
    const onMap = (p: { x: number; y: number }) =>
      p.x > box.left + R && p.x < box.right - R && p.y > box.top + R && p.y < box.bottom - R;
    const misplaced = points
      .filter(([, c]) => {
        const p = at(c);
        return !onMap(p) || (panel && over(p, panel)) || buttons.some((b) => over(p, b));
      })
      .map(([id]) => id);
    const side = panel !== null && panel.width < box.width * 0.9;
    return {
      moving: map.isMoving(),
      misplaced,
      worldWidth: map.project([180, 0]).x - map.project([-180, 0]).x,
      worldHeight: map.project([0, -65]).y - map.project([0, 75]).y,
      freeWidth: (side ? panel.left : box.right) - box.left,
      freeHeight: (panel && !side ? panel.top : box.bottom) - box.top,
      mapWidth: box.width,
      panel: !panel ? 'none' : side ? 'side' : 'bottom',
    } as const;
  }, points);
}

/** Waits until the camera rests framing the open partner with home: the far partners off screen. */
async function expectFramed(page: Page) {
  await expect
    .poll(async () => {
      const view = await homeViewState(page);
      return !view.moving && view.misplaced.length > 0;
    })
    .toBe(true);
}

/** Waits until the camera rests with every partner in the free area; fails with the last state. */
async function expectHomeBesidePanel(page: Page, panel: 'side' | 'bottom') {
  let last: View | undefined;
  await expect
    .poll(
      async () => {
        last = await homeViewState(page);
        return !last.moving && last.misplaced.length === 0;
      },
      { timeout: 30_000, message: 'every partner in the map beside the panel and the buttons' },
    )
    .toBe(true)
    .catch((error: unknown) => {
      throw new Error(`${String(error)}\nlast view: ${JSON.stringify(last)}`);
    });
  expect(last!.panel).toBe(panel);
  // Fitted to the free area, not a small world in a corner of it: it fills the free width or,
  // above a bottom panel in a short map, the free height.
  const { worldWidth, worldHeight, freeWidth, freeHeight } = last!;
  expect(
    Math.max(worldWidth / freeWidth, worldHeight / freeHeight),
    JSON.stringify(last),
  ).toBeGreaterThan(0.45);
  expect(searchParams(page).get('partner')).toBe('osan');
  await expect(page.locator('.details-panel')).toBeVisible();
}

const SETTLE = [
  { size: [1920, 1080], panel: 'side' },
  { size: [1080, 1920], panel: 'bottom' },
] as const;
for (const { size, panel } of SETTLE) {
  test(`kiosk ${size.join('×')}: settle eases to a home view beside the open partner`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: size[0], height: size[1] });
    // Long enough to see the partner framed first on a busy machine.
    await routeKioskConfig(page, { idleSeconds: 120, settleSeconds: 15 });
    await openApp(page, '?mode=kiosk&lang=vi&partner=osan');
    await expectFramed(page);
    await expectHomeBesidePanel(page, panel);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });
}

const HOME_BUTTON = [
  { mode: 'kiosk', size: [1920, 1080], lang: 'vi', panel: 'side' },
  { mode: 'web', size: [1366, 768], lang: 'en', panel: 'side' },
  { mode: 'phone', size: [390, 844], lang: 'en', panel: 'bottom' },
  { mode: 'present', size: [3840, 2160], lang: 'en', panel: 'side' },
] as const;
for (const { mode, size, lang, panel } of HOME_BUTTON) {
  test(`${mode} ${size.join('×')}: ⌂ with a partner open fits home beside the panel`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: size[0], height: size[1] });
    const modeParam = mode === 'kiosk' || mode === 'present' ? `mode=${mode}&` : '';
    await openApp(page, `?${modeParam}lang=${lang}&partner=osan`);
    await expectFramed(page);
    await page.getByRole('button', { name: resetName(lang) }).click();
    await expectHomeBesidePanel(page, panel);
    if (mode !== 'web') return;
    // Closing the panel at home gives the whole map back: the home view is fitted again.
    const beside = (await homeViewState(page)).worldWidth;
    await page.locator('.details-panel .details-close').click();
    await expect
      .poll(async () => {
        const view = await homeViewState(page);
        return !view.moving && view.panel === 'none' && view.misplaced.length === 0
          ? view.worldWidth
          : 0;
      })
      .toBeGreaterThan(beside * 1.2);
  });
}

/** The element a tap at the centre of the ⌂ button lands on is the button itself. */
function resetTappable(page: Page, name: string) {
  return page.evaluate((name) => {
    const button = document.querySelector(`.map-controls button[aria-label="${name}"]`)!;
    const r = button.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit === button || button.contains(hit) ? 'the button' : hit?.className || String(hit);
  }, name);
}

// Small embeds: a frame under 1024 px has no room beside a 28rem panel, so the panel rises over the
// map's lower half and the buttons keep to the upper half.
for (const size of [
  [800, 600],
  [360, 480],
] as const) {
  test(`embed ${size.join('×')}: ⌂ stays tappable with a partner open and fits home above the panel`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: size[0], height: size[1] });
    await openApp(page, '?mode=embed&lang=en&partner=osan');
    await expectFramed(page);
    expect(await resetTappable(page, resetName('en'))).toBe('the button');
    await page.getByRole('button', { name: resetName('en') }).click();
    await expectHomeBesidePanel(page, 'bottom');
    expect(await resetTappable(page, resetName('en'))).toBe('the button');
  });
}

test('web 1366×768: closing the panel away from home restores the one-world minimum zoom', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, '?lang=en&partner=osan');
  await expectFramed(page);
  await page.getByRole('button', { name: resetName('en') }).click();
  await expectHomeBesidePanel(page, 'side');
  // The world beside the panel is narrower than half the map: the minimum zoom was lowered for it.
  const beside = await homeViewState(page);
  expect(beside.worldWidth).toBeLessThan(beside.mapWidth / 2);
  // Move away from home, then close the panel.
  const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.move(canvas.x + 200, canvas.y + 200);
  await page.mouse.down();
  await page.mouse.move(canvas.x + 320, canvas.y + 260, { steps: 8 });
  await page.mouse.up();
  await page.locator('.details-panel .details-close').click();
  await expect(page.locator('.details-panel')).toHaveCount(0);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  // One world at the lowest zoom is half the map's width (one-world.ts): never smaller once closed.
  await expect
    .poll(async () => {
      const view = await homeViewState(page);
      return view.moving ? 0 : view.worldWidth / view.mapWidth;
    })
    .toBeGreaterThanOrEqual(0.499);
});
