import { expect, test } from '@playwright/test';
import { openApp, partnerList } from './support/app-page';

// Expected forms typed from the research (shared/research/partners-native-names.md), not read from the app.
test('the panel title names Osan in Korean too, in an element marked lang="ko"', async ({
  page,
}) => {
  await openApp(page, '?lang=en&partner=osan', { map: false });
  const panel = page.getByRole('dialog', { name: 'Osan · 오산시' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 }).locator('[lang="ko"]')).toHaveText(
    '오산시',
  );
  // Its source, the Wikipedia article the research quotes (never the mirror it was read through).
  const source = panel.getByRole('listitem').filter({ hasText: 'Native name' });
  await expect(source.getByRole('link', { name: 'Wikipedia (EN) — Osan' })).toHaveAttribute(
    'href',
    'https://en.wikipedia.org/wiki/Osan',
  );
});

test("Tangier's Arabic name is isolated and right to left; Pittsburgh is not repeated", async ({
  page,
}) => {
  await openApp(page, '?lang=en', { map: false });
  const list = partnerList(page, 'en');
  const tangier = list.locator('[lang="ar"]', { hasText: 'طنجة' });
  await expect(tangier).toHaveAttribute('dir', 'rtl');
  await expect(tangier).toHaveJSProperty('tagName', 'BDI');
  const pittsburgh = list.getByRole('button', { name: /^Pittsburgh/ });
  await expect(pittsburgh.locator('.partner-name')).toHaveText('Pittsburgh');
});

test('search finds a partner by its native name and by its short form', async ({ page }) => {
  await openApp(page, '?lang=vi', { map: false });
  const list = partnerList(page, 'vi');
  const search = page.getByRole('searchbox');
  for (const [query, id] of [
    ['ขอนแก่น', 'khon-kaen'],
    ['江苏', 'jiangsu'],
    ['Ярославская', 'yaroslavl'],
    ['ＧＥＮＯＶＡ', 'genoa'], // fullwidth Latin folds (NFKC) to the Italian name
  ] as const) {
    await search.fill(query);
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.locator(`[data-partner-id="${id}"]`)).toBeVisible();
  }
});
