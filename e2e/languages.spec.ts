import { expect, test } from '@playwright/test';
import { openApp, partnerList } from './support/app-page';

// Expected strings typed here (not read from the locale files).
test('?lang=ru: the page is Russian, content in English marked as such, Yaroslavl named in Russian', async ({
  page,
}) => {
  await openApp(page, '?lang=ru&partner=yaroslavl', { map: false });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('button', { name: 'Об этой карте' })).toBeVisible();
  const panel = page.getByRole('dialog', { name: /Ярославская область/ });
  await expect(panel.getByRole('heading', { level: 2 }).locator('[lang="ru"]')).toHaveText(
    'Ярославская область',
  );
  await expect(panel.getByText('Страна', { exact: true })).toBeVisible();
  // Country from Intl in Russian; the relation from the config's Russian label.
  await expect(panel.getByText('Россия', { exact: true })).toBeVisible();
  // The summary is the data's English text, marked lang="en".
  await expect(panel.locator('.details-summary')).toHaveAttribute('lang', 'en');
});

test('the language menu names each language in itself and switches', async ({ page }) => {
  await openApp(page, '?lang=en', { map: false });
  await page.getByRole('button', { name: 'Language: English' }).click();
  const russian = page.getByRole('button', { name: 'Русский', exact: true });
  await expect(russian).toHaveAttribute('lang', 'ru');
  await russian.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(partnerList(page, 'en')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Партнёры', exact: true })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('lang')).toBe('ru');
});
