import { type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface RawPartner {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    id: string;
    name: { vi: string; en: string };
    signed: string | null;
    fields: string[];
    country: string;
  };
}

/** The shipped partners, read from the raw file by the test itself. */
export function shippedPartners(): RawPartner[] {
  return JSON.parse(readFileSync(`${ROOT}data/partners.geojson`, 'utf8')).features;
}

export function shippedConfig(): {
  home: { coordinates: [number, number] };
  fields: { id: string; color: string }[];
} {
  return JSON.parse(readFileSync(`${ROOT}data/config.json`, 'utf8'));
}

/** Records every request to another origin and every page error. */
export function watchPage(page: Page) {
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') foreign.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { foreign, errors };
}

/** Serves a fixture under the app's origin, so `?data=` can load it. */
export async function serveFixture(page: Page, name: string, body?: string, status = 200) {
  await page.route(`**/fixtures/${name}`, (route) =>
    route.fulfill({
      status,
      contentType: 'application/geo+json',
      body: body ?? readFileSync(`${ROOT}e2e/fixtures/partners/${name}`, 'utf8'),
    }),
  );
}

export function partnerList(page: Page, lang: 'vi' | 'en' = 'en') {
  return page.getByRole('list', { name: lang === 'en' ? 'Partners' : 'Đối tác', exact: true });
}

/** Waits until the map has drawn the basemap and the partners. */
export async function waitForMap(page: Page) {
  await page.waitForFunction(() => Boolean(window.__partnerMap?.marks?.ready), null, {
    timeout: 45_000,
  });
}

/**
 * The app is open with its data loaded, whatever the layout: the shell's map description (or the
 * presenter console) is in the DOM, visible or not, and no load error shows. With `map`, the map has
 * also drawn the basemap and the partners. Fails with the error's text when the app shows a load error.
 */
export async function appReady(page: Page, { map = true } = {}) {
  const state = await page
    .waitForFunction(
      () => {
        const error = document.querySelector('[data-error-kind]');
        if (error) return `error: ${error.textContent ?? ''}`;
        const described = document.getElementById('map-description')?.textContent?.trim();
        if (described || document.querySelector('.console')) return 'ready';
        return false;
      },
      null,
      { timeout: 45_000 },
    )
    .then((handle) => handle.jsonValue());
  if (state !== 'ready') throw new Error(`The app did not open: ${String(state)}`);
  if (map) await waitForMap(page);
}

export async function openApp(page: Page, query = '', { map = true } = {}) {
  await page.goto(query ? `./${query.startsWith('?') ? query : `?${query}`}` : './');
  await appReady(page, { map });
}

export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
