import { expect, test } from '@playwright/test';
import { openApp, partnerList, serveFixture, shippedPartners, watchPage } from './support/app-page';

test('the list shows every shipped partner, in both languages', async ({ page }) => {
  const raw = shippedPartners();
  const watch = watchPage(page);
  await openApp(page, '?lang=en', { map: false });
  const list = partnerList(page, 'en');
  await expect(list).toHaveCount(1);
  await expect(list.getByRole('listitem')).toHaveCount(raw.length);
  for (const p of raw.slice(0, 5))
    await expect(list.getByText(p.properties.name.en, { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(partnerList(page, 'vi').getByRole('listitem')).toHaveCount(raw.length);
  expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
  expect(watch.errors).toEqual([]);
});

test('a file with one bad record names it in a notice and shows the rest', async ({ page }) => {
  await serveFixture(page, 'one-bad-record.geojson');
  await openApp(page, '?lang=en&data=fixtures/one-bad-record.geojson', { map: false });
  const notice = page.getByTestId('bad-records');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('features[1]');
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(2);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

test('a missing file shows its own message and a Retry button', async ({ page }) => {
  await serveFixture(page, 'missing.geojson', 'Not found', 404);
  await page.goto('./?lang=en&data=fixtures/missing.geojson');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be found (404)');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('a file that is not JSON shows its own message', async ({ page }) => {
  await serveFixture(page, 'truncated-json.geojson');
  await page.goto('./?lang=en&data=fixtures/truncated-json.geojson');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
});

test('retry recovers once the file is back', async ({ page }) => {
  let fail = true;
  await page.route('**/fixtures/flaky.geojson', (route) =>
    fail
      ? route.fulfill({ status: 404, body: 'gone' })
      : route.fulfill({ path: 'e2e/fixtures/partners/valid-small.geojson' }),
  );
  await page.goto('./?lang=en&data=fixtures/flaky.geojson');
  await expect(page.getByRole('alert')).toContainText('404');
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(3);
});

test('data from another origin is refused with a message', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./?lang=en&data=https://example.org/partners.geojson');
  await expect(page.getByRole('alert')).toContainText('not allowed');
  expect(watch.foreign).toEqual([]);
});
