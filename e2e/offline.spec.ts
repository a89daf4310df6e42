import { expect, test, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady, partnerList, ROOT, shippedPartners, watchPage } from './support/app-page';
import { browserStorage } from './support/security';

/**
 * The one spec with service workers allowed. It builds its own copy of the app (the shared dist/
 * may be rebuilt by another run meanwhile), serves it with its own `vite preview` on its own port
 * and a scratch copy of data/, and stops that server mid-test.
 */
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

// Not 4190: that is ManageSieve, on the Fetch standard's list of ports browsers refuse.
const PORT = Number(process.env.E2E_OFFLINE_PORT ?? 4191);
const ORIGIN = `http://localhost:${PORT}`;
const APP = `${ORIGIN}/`;
let scratch: string;
let outDir: string;
let dataDir: string;
let server: ChildProcess | undefined;

const env = () => ({ ...process.env, PARTNER_MAP_DATA_DIR: dataDir });

async function serverAnswers(): Promise<boolean> {
  try {
    return (await fetch(APP)).ok;
  } catch {
    return false;
  }
}

async function startServer() {
  // Its own process group, so stopping it also stops the node process npx starts.
  server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--outDir', outDir],
    { cwd: ROOT, env: env(), stdio: 'ignore', detached: true },
  );
  await expect.poll(serverAnswers, { timeout: 30_000 }).toBe(true);
}

async function stopServer() {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  server = undefined;
  await expect.poll(serverAnswers, { timeout: 10_000 }).toBe(false);
}

/** Waits until the worker controls the page, which is after install: precache and data cached. */
async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
}

/** What the worker cached: cache names and data URLs. */
async function offlineCache(page: Page) {
  return page.evaluate(async () => {
    const result: { names: string[]; data: string[]; bytes: number; entries: number } = {
      names: await caches.keys(),
      data: [],
      bytes: 0,
      entries: 0,
    };
    for (const name of result.names) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        result.bytes += (await response!.blob()).size;
        result.entries++;
        if (name === 'partner-map-data') result.data.push(new URL(request.url).pathname);
      }
    }
    result.data.sort();
    return result;
  });
}

async function expectFullApp(page: Page, count: number) {
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(count);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  scratch = mkdtempSync(join(tmpdir(), 'partner-map-offline-'));
  outDir = join(scratch, 'dist');
  dataDir = join(scratch, 'data');
  cpSync(join(ROOT, 'data'), dataDir, { recursive: true });
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: ROOT, env: env(), stdio: 'pipe' },
  );
  await startServer();
});

test.afterAll(async () => {
  if (server) await stopServer();
  rmSync(scratch, { recursive: true, force: true });
});

test('with the preview server stopped, a reload still shows the map and every partner', async ({
  page,
  context,
}) => {
  const count = shippedPartners().length;
  const watch = watchPage(page);
  await page.goto(`${APP}?lang=en`);
  await expectFullApp(page, count);
  await waitForServiceWorker(page);

  // Cache size and install time are measured by the bench (npm run bench), not here.
  const cache = await offlineCache(page);
  expect(cache.data).toEqual([
    '/data/basemap/sovereignty.geojson',
    '/data/config.json',
    '/data/partners.geojson',
  ]);
  expect(cache.names.some((n) => n.startsWith('workbox-precache'))).toBe(true);

  await stopServer();
  await page.reload();
  await expectFullApp(page, count);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // A fresh navigation with other parameters is answered from the cache too.
  await page.goto(`${APP}?lang=vi&partner=genoa`);
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(partnerList(page, 'vi').getByRole('listitem')).toHaveCount(count);

  expect(watch.foreign).toEqual([]);
  expect(watch.errors).toEqual([]);
  // The offline cache is the only thing kept.
  const storage = await browserStorage(page, context);
  expect({ ...storage, caches: storage.caches.length > 0 }).toEqual({
    documentCookie: '',
    localStorage: 0,
    sessionStorage: 0,
    indexedDB: [],
    caches: true,
    cookies: [],
  });
  await startServer();
});

test('with the browser offline, a reload still shows the map and every partner', async ({
  page,
  context,
}) => {
  const count = shippedPartners().length;
  await page.goto(`${APP}?lang=en`);
  await expectFullApp(page, count);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expectFullApp(page, count);
  // Japanese, never loaded before, comes from the worker's cache (typed strings).
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('button', { name: '日本語', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('button', { name: 'この地図について', exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'パートナー', exact: true })).toHaveCount(1);
  await context.setOffline(false);
});

test('a newer partners file brings a quiet notice, and Reload shows it', async ({ page }) => {
  const file = join(dataDir, 'partners.geojson');
  const original = readFileSync(file, 'utf8');
  const raw = JSON.parse(original) as { features: { properties: { name: { en: string } } }[] };
  const count = raw.features.length;
  await page.goto(`${APP}?lang=en`);
  await expect(partnerList(page).getByRole('listitem')).toHaveCount(count);
  await waitForServiceWorker(page);
  await expect(page.getByTestId('update-notice')).toHaveCount(0);

  // The city removes a partner and renames another, without a rebuild.
  const renamed = `${raw.features[0]!.properties.name.en} (updated)`;
  raw.features[0]!.properties.name.en = renamed;
  raw.features.pop();
  writeFileSync(file, JSON.stringify(raw, null, 2));
  try {
    // Served from the cache first (stale), revalidated behind: the page learns of the change.
    await page.reload();
    await expect(partnerList(page).getByRole('listitem')).toHaveCount(count);
    const notice = page.getByTestId('update-notice');
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(partnerList(page).getByRole('listitem')).toHaveCount(count - 1);
    await expect(partnerList(page).getByText(renamed, { exact: true })).toBeVisible();
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
  } finally {
    writeFileSync(file, original);
  }
});

test('a new deployment takes over at the next load', async ({ page }) => {
  await page.goto(`${APP}?lang=en`);
  await appReady(page, { map: false });
  await waitForServiceWorker(page);
  await expect(page.locator('meta[name="deployment"]')).toHaveCount(0);

  // Deploy a changed index.html (the preview server reads its files when it starts).
  await stopServer();
  const index = join(outDir, 'index.html');
  const html = readFileSync(index, 'utf8');
  writeFileSync(
    index,
    html.replace('<title>', '<meta name="deployment" content="2" />\n    <title>'),
  );
  await startServer();

  await page.reload();
  await expect(page.locator('meta[name="deployment"]')).toHaveAttribute('content', '2');
  await appReady(page, { map: false });
});
