import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ROOT, openApp } from './support/app-page';

// The panel title's own-script name is drawn with the app's shipped font, not a system fallback:
// Chromium's DevTools protocol tells which platform fonts drew a node's text. The names and the Noto
// family each needs are written here (Han shapes follow the name's language: Kawasaki's 川崎市 takes
// the Japanese font, Jiangsu's 江苏省 the Simplified Chinese one, Macau's 澳門 the Traditional).
const CASES = [
  { id: 'daegu', lang: 'ko', text: '대구광역시', family: 'Noto Sans KR' },
  { id: 'kawasaki', lang: 'ja', text: '川崎市', family: 'Noto Sans JP' },
  { id: 'jiangsu', lang: 'zh-Hans', text: '江苏省', family: 'Noto Sans SC' },
  { id: 'macau', lang: 'zh-Hant', text: '澳門', family: 'Noto Sans TC' },
  // ຈຳ: AM is drawn as NIKHAHIT + AA, both of which must be in the Lao face's range.
  { id: 'champasak', lang: 'lo', text: 'ແຂວງຈຳປາສັກ', family: 'Noto Sans Lao' },
  { id: 'khon-kaen', lang: 'th', text: 'จังหวัดขอนแก่น', family: 'Noto Sans Thai' },
  { id: 'battambang', lang: 'km', text: 'ខេត្តបាត់ដំបង', family: 'Noto Sans Khmer' },
  { id: 'yaroslavl', lang: 'ru', text: 'Ярославская область', family: 'Noto Sans' },
  { id: 'aktau', lang: 'kk', text: 'Ақтау', family: 'Noto Sans' },
  { id: 'tangier', lang: 'ar', text: 'طنجة', family: 'Noto Sans Arabic' },
] as const;

interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** The fonts Chromium drew an element's text with (`CSS.getPlatformFontsForNode`). */
async function fontsOf(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return [];
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map(({ familyName, isCustomFont, glyphCount }) => ({
      familyName,
      isCustomFont,
      glyphCount,
    }));
  } finally {
    await cdp.detach();
  }
}

const BASE = /^Be Vietnam Pro\b/;

/**
 * Waits until the element's text is drawn by `family`, a shipped (custom) face, with no system
 * fallback at all; Be Vietnam Pro may draw the spaces only.
 */
async function expectDrawnWith(page: Page, selector: string, family: string, spaces: number) {
  await expect
    .poll(
      async () => {
        const fonts = await fontsOf(page, selector);
        return {
          own: fonts
            .filter((f) => !BASE.test(f.familyName))
            .map((f) => [f.familyName, f.isCustomFont]),
          baseGlyphs: fonts
            .filter((f) => BASE.test(f.familyName))
            .reduce((n, f) => n + f.glyphCount, 0),
        };
      },
      { timeout: 15_000 },
    )
    .toEqual({ own: [[family, true]], baseGlyphs: spaces });
}

for (const c of CASES) {
  test(`${c.id}: the panel's ${c.lang} name is drawn with the shipped ${c.family}`, async ({
    page,
  }) => {
    await openApp(page, `?lang=en&partner=${c.id}`, { map: false });
    const selector = `.details-title bdi[lang="${c.lang}"]`;
    await expect(page.locator(selector)).toHaveText(c.text);
    // Faces swap in when they arrive: the poll waits for the shipped one.
    await expectDrawnWith(page, selector, c.family, c.text.split(' ').length - 1);
  });
}

test("a Russian interface string and the menu's endonym are drawn with the shipped Cyrillic font", async ({
  page,
}) => {
  await openApp(page, '?lang=ru', { map: false });
  // "Об этой карте": letters from the name file (shared with Ярославская…) and the ru interface file.
  const about = page.getByRole('button', { name: 'Об этой карте' });
  await about.evaluate((el) => el.setAttribute('data-font-probe', ''));
  await expectDrawnWith(page, '[data-font-probe]', 'Noto Sans', 2);
  await expectDrawnWith(page, '.header-actions [lang="ru"]', 'Noto Sans', 0);
});

test('an interface file is fetched only for its language; name files with the first view', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('requestfinished', (r) => {
    const file = /\/([a-z-]+)-[\w-]+\.woff2$/.exec(new URL(r.url()).pathname)?.[1];
    if (file) fetched.push(file);
  });
  await openApp(page, '?lang=vi', { map: false });
  // The list shows Osan's 오산시 and Tangier's طنجة: their name files arrive.
  await expect
    .poll(() => fetched.includes('names-hang') && fetched.includes('names-arab'))
    .toBe(true);
  expect(fetched.filter((f) => f.startsWith('ui-'))).toEqual([]);
  await page.goto('./?lang=ru');
  await expect.poll(() => fetched.filter((f) => f.startsWith('ui-'))).toEqual(['ui-ru']);
});

test("from zoom 4 the map names a partner's own name under its name, at zoom 3 not", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, '?lang=en');
  // The own names as the research gives them (Changwon and Sakai have no short form).
  const labelsAt = (zoom: number) =>
    page.evaluate(async (zoom) => {
      const map = window.__partnerMap!.map as import('maplibre-gl').Map;
      map.jumpTo({ center: [133, 36], zoom });
      await new Promise<void>((done) => {
        const check = () => (map.loaded() && !map.isMoving() ? done() : map.once('idle', check));
        check();
      });
      const found = map.queryRenderedFeatures({ layers: ['partner-labels'] });
      return Object.fromEntries(
        found.map((f) => {
          const layout = f.layer.layout as Record<string, unknown>;
          const field = layout['text-field'] as { sections?: { text: string }[] } | string;
          const text =
            typeof field === 'string' ? field : (field.sections ?? []).map((s) => s.text).join('');
          return [String(f.properties.id), text];
        }),
      );
    }, zoom);
  await expect
    .poll(() => labelsAt(6))
    .toMatchObject({ changwon: 'Changwon\n창원시', sakai: 'Sakai\n堺市' });
  expect(Object.values(await labelsAt(3)).filter((t) => t.includes('\n'))).toEqual([]);
});

test('edge chips on the map draw a Japanese interface with shipped faces only', async ({
  page,
}) => {
  // Kawasaki framed: the chips name the directions of the partners off screen ("← 22 · アジア").
  await openApp(page, '?lang=ja&partner=kawasaki');
  const chip = page.locator('.edge-chip').first();
  await expect(chip).toContainText(/\p{Script=Katakana}/u);
  await chip.evaluate((el) => el.setAttribute('data-font-probe', ''));
  await expect
    .poll(async () =>
      (await fontsOf(page, '[data-font-probe]'))
        .filter((f) => !f.isCustomFont)
        .map((f) => f.familyName),
    )
    .toEqual([]);
});

/** Waits until an element's text is drawn with shipped faces only (no system font). */
async function expectOnlyShipped(page: Page, selector: string) {
  await expect
    .poll(async () =>
      (await fontsOf(page, selector)).filter((f) => !f.isCustomFont).map((f) => f.familyName),
    )
    .toEqual([]);
}

// Be Vietnam Pro and Noto Sans lack the arrows and ⌘ (the ↑ and ↓ of Be Vietnam Pro's range too).
for (const lang of ['vi', 'en'] as const) {
  test(`${lang}: an edge chip's arrow and the key help's arrows are drawn with shipped faces`, async ({
    page,
  }) => {
    await openApp(page, `?lang=${lang}&partner=kawasaki`);
    // Framed on Kawasaki, chips point to partners beyond the edges ("← 22 · …", "↓ 16 · …").
    const chip = page.locator('.edge-chip').first();
    await expect(chip).toHaveText(/^[←→↑↓] \d+/);
    await chip.evaluate((el) => el.setAttribute('data-font-probe', 'chip'));
    await expectOnlyShipped(page, '[data-font-probe="chip"]');

    // "?" opens the key help; its row for the map's arrows (text from the raw locale file).
    const keys = JSON.parse(readFileSync(`${ROOT}src/i18n/locales/${lang}.json`, 'utf8')).help.keys;
    await page.keyboard.press('?');
    const arrows = page.locator('kbd', { hasText: keys.mapArrows });
    await expect(arrows).toBeVisible();
    await arrows.evaluate((el) => el.setAttribute('data-font-probe', 'keys'));
    await expectOnlyShipped(page, '[data-font-probe="keys"]');
  });
}
