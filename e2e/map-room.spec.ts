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
