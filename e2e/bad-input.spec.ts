import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { partnerList, ROOT, watchPage, type RawPartner } from './support/app-page';
import './support/security';

/**
 * The whole bad-input corpus (e2e/fixtures/partners, with the exact lines the data check prints in
 * expected.json, plus a file over maxDataBytes made here): each file gives its own message naming
 * the record, the valid records stay listed, nothing injected runs, nothing leaves this origin, and
 * the page stays responsive. One page for all cases, one navigation per case.
 *
 * CSP is bypassed here on purpose: the injected-script checks must show that the app renders data
 * as text, not that the policy catches it (security.spec.ts shows the policy works).
 */

interface Expected {
  problem: string;
  lines: string[];
  warnings?: string[];
  validIds: string[];
}

const DIR = `${ROOT}e2e/fixtures/partners`;
const CORPUS = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<string, Expected>;
/** What a person reads for each whole-file failure, in both languages (written here, not read from the app). */
const MESSAGES = {
  notJson: {
    en: 'The partner data file is damaged: it is not valid JSON.',
    vi: 'Tệp dữ liệu đối tác bị hỏng: không phải JSON hợp lệ.',
  },
  notCollection: {
    en: 'The partner data file is not a partner list (a GeoJSON FeatureCollection).',
    vi: 'Tệp dữ liệu không phải danh sách đối tác (GeoJSON FeatureCollection).',
  },
  empty: {
    en: 'The partner data file contains no partners.',
    vi: 'Tệp dữ liệu không có đối tác nào.',
  },
  tooBig: {
    en: 'The partner data file is too large to load safely.',
    vi: 'Tệp dữ liệu đối tác quá lớn để tải an toàn.',
  },
};
const MAX_BYTES = (
  JSON.parse(readFileSync(`${ROOT}data/config.json`, 'utf8')) as { maxDataBytes: number }
).maxDataBytes;

/** Just over maxDataBytes: a valid file padded with spaces, so only its size is wrong. */
const TOO_BIG_NAME = 'too-big.geojson';
const tooBigBody = () => {
  const text = readFileSync(`${DIR}/valid-small.geojson`, 'utf8');
  return text + ' '.repeat(MAX_BYTES + 1 - Buffer.byteLength(text));
};
CORPUS[TOO_BIG_NAME] = {
  problem: `a valid file padded to ${MAX_BYTES + 1} bytes (config maxDataBytes + 1)`,
  lines: [
    `e2e/fixtures/partners/${TOO_BIG_NAME}: file: ${MAX_BYTES + 1} bytes is too big; expected at most ${MAX_BYTES} bytes (config maxDataBytes)`,
  ],
  validIds: [],
};

/** A whole-file failure names no record; its alert message depends on what is wrong. */
function fileAlert(want: Expected): { en: string; vi: string } | null {
  const line = want.lines[0];
  if (
    want.validIds.length > 0 ||
    want.lines.length !== 1 ||
    !line ||
    /features\[\d+\] \(/.test(line)
  )
    return null;
  if (line.includes('not valid JSON')) return MESSAGES.notJson;
  if (line.includes('the collection is empty')) return MESSAGES.empty;
  if (line.includes('is too big')) return MESSAGES.tooBig;
  return MESSAGES.notCollection;
}

let page: Page;
let watch: ReturnType<typeof watchPage>;
let origin: string;
const warnings: string[] = [];

test.beforeAll(async ({ browser }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  origin = new URL(baseURL).origin;
  page = await browser.newPage({
    baseURL,
    viewport: { width: 1280, height: 800 },
    bypassCSP: true,
    serviceWorkers: 'block',
  });
  watch = watchPage(page);
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.route('**/fixtures/*.geojson', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    return route.fulfill({
      contentType: 'application/geo+json',
      body: name === TOO_BIG_NAME ? tooBigBody() : readFileSync(`${DIR}/${name}`),
    });
  });
});

// The shared page is not a fixture page, so Playwright would attach nothing on a failure.
// eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures argument first
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus)
    await testInfo.attach('page', { body: await page.screenshot(), contentType: 'image/png' });
});

test.afterAll(async () => {
  await page.close();
});

test('the corpus has at least 20 broken files', () => {
  const broken = Object.entries(CORPUS).filter(
    ([, w]) => w.lines.length + (w.warnings?.length ?? 0),
  );
  expect(broken.length).toBeGreaterThanOrEqual(20);
});

for (const [name, want] of Object.entries(CORPUS)) {
  test(`${name}: ${want.problem}`, async () => {
    const started = Date.now();
    watch.foreign.length = 0;
    watch.errors.length = 0;
    warnings.length = 0;
    const url = `${origin}/fixtures/${name}`;
    const asShown = (line: string) => line.replace(`e2e/fixtures/partners/${name}`, url);

    await page.goto(`./?lang=en&data=fixtures/${name}`);
    const alertMessage = fileAlert(want);
    if (alertMessage) {
      // The whole file is unusable: its own plain message, the exact line under Details, a Retry.
      const alert = page.getByRole('alert');
      await expect(alert.getByText(alertMessage.en, { exact: true })).toBeVisible();
      await alert.getByText('Details').click();
      await expect(alert.getByText(asShown(want.lines[0]!), { exact: true })).toBeVisible();
      await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
      await expect(partnerList(page)).toHaveCount(0);
      // The same in Vietnamese.
      await page.goto(`./?lang=vi&data=fixtures/${name}`);
      await expect(alert.getByText(alertMessage.vi, { exact: true })).toBeVisible();
      await expect(alert.getByRole('button', { name: 'Thử lại' })).toBeVisible();
    } else {
      // The valid records are listed; each problem line names its record.
      const raw = JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8').replace(/^\uFEFF/, '')) as {
        features: (RawPartner | null)[];
      };
      const list = partnerList(page).getByRole('listitem');
      await expect(list).toHaveCount(want.validIds.length);
      for (const id of want.validIds) {
        const partner = raw.features.find((f) => f?.properties?.id === id)!;
        await expect(list.getByText(partner.properties.name.en, { exact: true })).toBeVisible();
      }
      const notice = page.getByTestId('bad-records');
      if (want.lines.length === 0) {
        await expect(notice).toHaveCount(0);
      } else {
        await expect(notice).toBeVisible();
        await expect(notice.locator('li')).toHaveText(want.lines.map(asShown));
      }
      // Warnings (unknown properties) go to the console only, in the same format. A BOM never
      // reaches the app in a browser: fetch's UTF-8 decoding drops it (the CLI warns about it).
      const consoleWarnings = (want.warnings ?? []).filter((w) => !w.includes('byte-order mark'));
      expect(warnings.filter((w) => w.startsWith(url))).toEqual(consoleWarnings.map(asShown));
    }

    // Nothing the file carries ever ran: no flag, no script or image element made from it.
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(
      await page.evaluate(
        () =>
          [...document.querySelectorAll('script, img, iframe, object, embed')].filter(
            (e) => e.outerHTML.includes('__pwned') || e.getAttribute('src') === 'x',
          ).length,
      ),
    ).toBe(0);
    expect(watch.foreign).toEqual([]);
    expect(watch.errors).toEqual([]);
    // Still responsive, well within the test timeout.
    await expect(page.getByRole('heading', { level: 1 }).or(page.getByRole('alert'))).toBeVisible();
    expect(Date.now() - started).toBeLessThan(20_000);
  });
}

test('control: markup that did reach the DOM as HTML would be caught by these checks', async () => {
  await page.goto('./?lang=en&data=fixtures/valid-small.geojson');
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(3);
  // What a renderer using innerHTML would do with img-onerror-in-note.geojson (CSP is bypassed here).
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.innerHTML = 'Ghi chú <img src=x onerror="window.__pwned = 1">';
    document.body.append(div);
  });
  await expect.poll(() => page.evaluate(() => window.__pwned)).toBe(1);
});
