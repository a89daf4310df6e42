import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { appReady, ROOT } from './support/app-page';
import { probeLayout } from './support/layout-probe';
import { newPage, openInHostFrame } from './support/sized-page';

// The header at narrow widths: every tool wholly on screen (nothing cut, no sideways scroll),
// reachable by the same role and name as on a desktop, touch-sized; the title on at most two lines
// beside them. And the presenter's hint inside the map. One loaded page per mode and language,
// resized through the sizes.

type Lang = 'vi' | 'en';
const text = (file: string) => JSON.parse(readFileSync(`${ROOT}src/i18n/locales/${file}`, 'utf8'));
const ENDONYM = { vi: 'Tiếng Việt', en: 'English' };
/** The header's tools, as the layout probe measures them. */
const TOOLS = { minControl: 44, within: 'header nav' };

/** The header tools' accessible names, read from the locale files. */
function toolNames(lang: Lang): string[] {
  const strings = text(`${lang}.json`);
  return [
    `${strings.app.language}: ${ENDONYM[lang]}`,
    strings.about.button,
    strings.help.button,
    strings.share.button,
  ];
}

interface Size {
  size: [number, number];
  /** Most lines the title may take. */
  lines: number;
}
const GROUPS: { mode: string; sizes: Size[] }[] = [
  {
    mode: 'web',
    sizes: [
      { size: [390, 844], lines: 2 },
      { size: [360, 640], lines: 2 },
      { size: [320, 568], lines: 3 },
    ],
  },
  {
    mode: 'embed',
    sizes: [
      { size: [800, 600], lines: 1 },
      { size: [360, 480], lines: 2 },
    ],
  },
];

/** The header's height, its title's lines, and whether the tool row or the page scrolls. */
function measureHeader() {
  const header = document.querySelector('header')!;
  const title = header.querySelector('h1')!;
  const nav = header.querySelector('nav')!;
  const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
  return {
    header: header.getBoundingClientRect().height,
    titleLines: Math.round(title.getBoundingClientRect().height / lineHeight),
    lineHeight,
    navScrolls: nav.scrollWidth > nav.clientWidth + 1,
    page: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    window: [innerWidth, innerHeight],
  };
}

for (const group of GROUPS) {
  for (const lang of ['vi', 'en'] as const) {
    test.describe(`${group.mode} header in ${lang}`, () => {
      test.describe.configure({ mode: 'serial' });
      let page: Page;
      test.beforeAll(async ({ browser }) => {
        page = await newPage(browser, group.sizes[0]!.size);
        await page.goto(`./?${group.mode === 'embed' ? 'mode=embed&' : ''}lang=${lang}`);
        await appReady(page, { map: false });
      });
      test.afterAll(async () => page.context().close());

      for (const { size, lines } of group.sizes) {
        test(`${size.join('×')}: every tool whole, on screen, reachable; a short header`, async () => {
          await page.setViewportSize({ width: size[0], height: size[1] });
          await expect
            .poll(() => page.evaluate(() => document.querySelector('header')!.offsetWidth))
            .toBe(size[0]);
          const m = await page.evaluate(measureHeader);
          const tools = await page.evaluate(probeLayout, TOOLS);
          console.log(
            `${group.mode} ${lang} ${size.join('×')}: header ${Math.round(m.header)} px, title ${m.titleLines} lines, page ${m.page.join('×')}`,
          );
          expect(m.page, 'page size').toEqual(m.window);
          expect(m.navScrolls, 'the tool row scrolls sideways').toBe(false);
          expect(tools.boxes).toHaveLength(4);
          for (const box of tools.boxes) {
            expect(box.shown, `${box.name}: share on screen`).toBeGreaterThan(0.99);
            expect(
              Math.min(box.width, box.height),
              `${box.name}: touch size`,
            ).toBeGreaterThanOrEqual(44);
          }
          expect(m.titleLines, 'title lines').toBeLessThanOrEqual(lines);
          // One row: the taller of a tool and the title, and a little padding; and a small share of the window.
          expect(m.header, 'header height').toBeLessThanOrEqual(
            Math.max(44, lines * m.lineHeight) + 16,
          );
          expect(m.header / size[1], 'share of the window').toBeLessThanOrEqual(0.12);
          // Reachable by the names the rest of the suite and portals use.
          for (const name of toolNames(lang))
            await expect(
              page.getByRole('banner').getByRole('button', { name, exact: true }),
            ).toBeInViewport({ ratio: 1 });
        });
      }

      test('a focused tool shows its name on screen, inside the window', async () => {
        const last = toolNames(lang).at(-1)!;
        const button = page.getByRole('button', { name: last, exact: true });
        await button.focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        await expect(button).toBeFocused();
        const label = button.getByText(last, { exact: true });
        await expect(label).toBeInViewport({ ratio: 1 });
        const shown = await label.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const clip = getComputedStyle(el).clipPath;
          return r.width > 20 && r.height > 10 && (clip === 'none' || clip === '');
        });
        expect(shown, 'the name shows beside the icon').toBe(true);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
          'no sideways scroll with the name shown',
        ).toBeLessThanOrEqual(0);
      });
    });
  }
}

test('a plain 540-px iframe: every header tool whole and on screen', async ({ page }) => {
  await page.setViewportSize({ width: 760, height: 700 });
  const frame = await openInHostFrame(page, 'mode=embed&lang=vi');
  await frame.waitForSelector('header nav button');
  await expect
    .poll(() => frame.evaluate(() => document.querySelectorAll('header nav button').length))
    .toBe(4);
  const m = await frame.evaluate(measureHeader);
  const tools = await frame.evaluate(probeLayout, TOOLS);
  expect(m.page).toEqual(m.window);
  expect(m.navScrolls).toBe(false);
  expect(tools.boxes).toHaveLength(4);
  for (const box of tools.boxes) expect(box.shown, box.name).toBeGreaterThan(0.99);
  expect(m.titleLines).toBe(1);
});

// Each page opens at 1920×1080 (a first 4K frame in software WebGL is slow on a busy machine), then grows.
const PRESENTER: { query: string; sizes: [number, number][] }[] = [
  {
    query: 'mode=present',
    sizes: [
      [1920, 1080],
      [3840, 2160],
      [1280, 720],
    ],
  },
  {
    query: 'mode=present&partner=daegu',
    sizes: [
      [1920, 1080],
      [3840, 2160],
    ],
  },
];

for (const { query, sizes } of PRESENTER) {
  test(`presenter (?${query}): the start hint lies in the map, clear of its buttons, chips and the panel, readable`, async ({
    browser,
  }) => {
    // Up to three sizes of a 4K-capable page in software WebGL: more than the default minute.
    test.setTimeout(180_000);
    const page = await newPage(browser, sizes[0]!);
    await page.goto(`./?${query}`);
    await appReady(page);
    const hint = page.getByText(text('presenter/vi.json').presenter.hint, { exact: true });
    const panel = page.locator('.details-panel');
    for (const [w, h] of sizes) {
      await page.setViewportSize({ width: w, height: h });
      await expect(hint).toBeVisible();
      if (query.includes('partner')) await expect(panel).toBeVisible();
      // Settled: the page has published the map's new box, and the camera (hence the chips) rests.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const box = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
            const root = getComputedStyle(document.documentElement);
            return (
              root.getPropertyValue('--map-left') === `${Math.round(box.left)}px` &&
              root.getPropertyValue('--map-bottom') === `${Math.round(innerHeight - box.bottom)}px`
            );
          }),
        )
        .toBe(true);
      await page.waitForFunction(
        () => !(window.__partnerMap!.map as { isMoving: () => boolean }).isMoving(),
      );
      const r = await hint.evaluate((el) => {
        const box = (e: Element) => {
          const b = e.getBoundingClientRect();
          return { l: b.left, t: b.top, r: b.right, b: b.bottom };
        };
        const map = document.querySelector('[data-testid="map"]')!;
        const buttons = [...map.querySelectorAll('button')]
          .filter((b) => b.checkVisibility())
          .map((b) => ({ name: b.textContent, ...box(b) }));
        const panel = document.querySelector('.details-panel');
        return {
          hint: box(el),
          map: box(map),
          buttons,
          panel: panel ? box(panel) : null,
          size: parseFloat(getComputedStyle(el).fontSize),
        };
      });
      type Box = typeof r.hint;
      const inside = (a: Box, b: Box) => a.l >= b.l && a.t >= b.t && a.r <= b.r && a.b <= b.b;
      const meets = (a: Box, b: Box) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
      const at = `${w}×${h}: hint ${JSON.stringify(r.hint)}`;
      expect(inside(r.hint, r.map), `${at} in map ${JSON.stringify(r.map)}`).toBe(true);
      expect(r.buttons.length).toBeGreaterThan(2);
      expect(
        r.buttons.filter((b) => meets(r.hint, b)),
        `${at}: map buttons or chips under it`,
      ).toEqual([]);
      if (r.panel) expect(meets(r.hint, r.panel), `${at}: over the partner's panel`).toBe(false);
      // Readable from the back of a room: at least 1.5 % of the screen's height.
      expect(r.size, `${w}×${h}: hint type`).toBeGreaterThanOrEqual(0.015 * h);
    }
    await page.context().close();
  });
}
