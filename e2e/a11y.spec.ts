import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  openApp,
  partnerList,
  searchParams,
  shippedConfig,
  shippedPartners,
} from './support/app-page';

type Size = 'phone' | 'laptop' | 'kiosk';
interface Case {
  query: string;
  size: Size;
  panel: boolean;
  /** Something else to open before the scan. */
  open?: 'about' | 'help' | 'table' | 'numbers';
}

const SIZES: Record<Size, { width: number; height: number }> = {
  phone: { width: 390, height: 844 },
  laptop: { width: 1366, height: 768 },
  kiosk: { width: 1920, height: 1080 },
};

// Pairwise over mode × language × panel × size × theme (plus dialogs), about 16 cases.
const CASES: Case[] = [
  { query: '', size: 'laptop', panel: false },
  { query: 'lang=en&theme=dark', size: 'phone', panel: true },
  { query: 'lang=en&theme=contrast', size: 'laptop', panel: false, open: 'table' },
  { query: 'theme=contrast', size: 'laptop', panel: true },
  { query: 'mode=kiosk', size: 'laptop', panel: false },
  { query: 'mode=kiosk&lang=en&theme=contrast', size: 'phone', panel: true },
  { query: 'mode=kiosk&lang=en&theme=dark', size: 'laptop', panel: true, open: 'about' },
  { query: 'mode=present&lang=en', size: 'laptop', panel: false, open: 'help' },
  { query: 'mode=present&theme=light', size: 'phone', panel: true },
  { query: 'mode=present&lang=en&theme=contrast', size: 'laptop', panel: true },
  { query: 'mode=embed&lang=en', size: 'phone', panel: false },
  { query: 'mode=embed&theme=dark', size: 'laptop', panel: true },
  { query: 'mode=embed&lang=en&theme=contrast&header=0&list=0', size: 'phone', panel: true },
  { query: 'theme=dark', size: 'phone', panel: false, open: 'about' },
  { query: 'lang=en', size: 'laptop', panel: false, open: 'numbers' },
  { query: 'lang=en&year=2010&fields=ports,it', size: 'phone', panel: false, open: 'help' },
  // Issue 19: interface languages other than vi/en (content in English, native names tagged),
  // at 1366×768 and on the kiosk at 1920×1080.
  { query: 'lang=ru', size: 'laptop', panel: true },
  { query: 'lang=ko', size: 'laptop', panel: true },
  { query: 'lang=ja', size: 'laptop', panel: false },
  { query: 'lang=lo', size: 'laptop', panel: true },
  { query: 'mode=kiosk&lang=ru', size: 'kiosk', panel: true },
  { query: 'mode=kiosk&lang=ko', size: 'kiosk', panel: false },
  { query: 'mode=kiosk&lang=ja', size: 'kiosk', panel: true },
  { query: 'mode=kiosk&lang=lo', size: 'kiosk', panel: false },
];

async function openExtra(page: Page, what: Case['open'], lang: 'vi' | 'en') {
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  if (what === 'about')
    await page.getByRole('button', { name: t('Giới thiệu bản đồ', 'About this map') }).click();
  if (what === 'help') await page.getByRole('button', { name: t('Bàn phím', 'Keyboard') }).click();
  if (what === 'table')
    await page.getByText(t('Bảng đối tác', 'Partner table'), { exact: true }).click();
  if (what === 'numbers')
    await page.getByText(t('Những con số', 'By the numbers'), { exact: true }).click();
  if (what === 'about' || what === 'help') await expect(page.getByRole('dialog')).toBeVisible();
}

for (const c of CASES) {
  test(`axe: ?${c.query || '(defaults)'} · ${c.size}${c.panel ? ' · panel' : ''}${c.open ? ` · ${c.open}` : ''}`, async ({
    page,
  }) => {
    await page.setViewportSize(SIZES[c.size]);
    const query = [c.query, c.panel ? 'partner=daegu' : ''].filter(Boolean).join('&');
    // appReady (in openApp): the data is in and the map has drawn, whatever the layout; an error page fails here.
    await openApp(page, query ? `?${query}` : '');
    const lang = searchParams(page).get('lang') === 'en' ? 'en' : 'vi';
    if (c.panel) await expect(page.getByRole('dialog', { name: 'Daegu' })).toBeVisible();
    await openExtra(page, c.open, lang);
    // Dialogs and panels slide in: scan once every CSS transition and animation has finished.
    await page.waitForFunction(() =>
      document.getAnimations().every((a) => a.playState !== 'running'),
    );
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
    expect(summary).toEqual([]);
  });
}

test('a keyboard-only walkthrough: list, panel, close, slider, field toggle', async ({ page }) => {
  await openApp(page, '?lang=en', { map: false });
  await page.locator('body').press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the partner list' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Into the list: Tab reaches the first partner.
  await page.keyboard.press('Tab');
  const first = partnerList(page).getByRole('button').first();
  await expect(first).toBeFocused();
  const name = (await first.locator('.partner-name').textContent()) ?? '';
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Sources');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(first).toBeFocused();
  // The slider and a field toggle, reached by Tab alone.
  const slider = page.getByRole('slider', { name: 'Year' });
  for (let i = 0; i < 80 && !(await slider.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Shift+Tab');
  await expect(slider).toBeFocused();
  await page.keyboard.press('Home');
  const firstYear = Math.min(
    ...shippedPartners().map((p) => Number(p.properties.signed?.slice(0, 4) ?? Infinity)),
  );
  await expect.poll(() => searchParams(page).get('year')).toBe(String(firstYear));
  const toggle = page.getByRole('button', { name: /^Tourism/ });
  for (let i = 0; i < 80 && !(await toggle.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // Every field but tourism, in the config's order, then "not recorded" when some partner names none.
  const others = shippedConfig()
    .fields.map((f) => f.id)
    .filter((id) => id !== 'tourism');
  if (shippedPartners().some((p) => p.properties.fields.length === 0)) others.push('unrecorded');
  await expect.poll(() => searchParams(page).get('fields')?.split(',')).toEqual(others);
});

test('on the map, arrow keys move between partners and Enter opens one', async ({ page }) => {
  await openApp(page, '?lang=en');
  const raw = shippedPartners();
  const region = page.getByRole('application', { name: 'Map of partners' });
  const tooltip = page.getByRole('tooltip');
  /** The partner the focus tooltip names: its text starts with exactly one partner's English name. */
  const focused = async () => {
    const text = (await tooltip.textContent()) ?? '';
    const named = raw.filter((p) => text.startsWith(p.properties.name.en));
    return named.sort((a, b) => b.properties.name.en.length - a.properties.name.en.length)[0];
  };
  /** Presses `key` until the focus lands on a single partner (country groups are stops too). */
  const stepToPartner = async (key: string, not?: string) => {
    for (let i = 0; i <= raw.length; i++) {
      const before = (await tooltip.count()) ? ((await tooltip.textContent()) ?? '') : '';
      await page.keyboard.press(key);
      await expect(tooltip).toBeVisible();
      await expect(tooltip).not.toHaveText(before);
      const partner = await focused();
      if (partner && partner.properties.id !== not) return partner;
    }
    throw new Error(`${key} never reached a single partner`);
  };
  await region.focus();
  const right = await stepToPartner('ArrowRight');
  const left = await stepToPartner('ArrowLeft', right.properties.id);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: left.properties.name.en })).toBeVisible();
  await expect.poll(() => searchParams(page).get('partner')).toBe(left.properties.id);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(region).toBeFocused();
  await expect.poll(() => searchParams(page).get('partner')).toBeNull();
});
