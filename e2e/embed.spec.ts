import { expect, test, type Page } from '@playwright/test';
import { openApp, shippedConfig, shippedPartners } from './support/app-page';

interface Message {
  source: string;
  v: number;
  type: string;
  [key: string]: unknown;
}

/** The messages the demo host page logged as received from the map, in order. */
async function received(page: Page, type?: string): Promise<Message[]> {
  const texts = await page.locator('#log li[data-direction="in"]').allTextContents();
  const all = texts.map((t) => JSON.parse(t.replace(/^← /, '')) as Message);
  return type ? all.filter((m) => m.type === type) : all;
}

async function iframeHeight(page: Page): Promise<number> {
  return page.locator('#map').evaluate((el) => Math.round(el.getBoundingClientRect().height));
}

const yearOf = (signed: string | null) => (signed ? Number(signed.slice(0, 4)) : null);

test('the demo host page embeds ?mode=embed and drives it through the postMessage API', async ({
  page,
}) => {
  const partners = shippedPartners();
  const fieldIds = [...shippedConfig().fields.map((f) => f.id), 'unrecorded'];
  const debug: string[] = [];
  page.on('console', (m) => m.type() === 'debug' && debug.push(m.text()));

  await page.goto('./embed-demo.html');

  // ready, once data has loaded, with the shipped partner count and the whole view.
  await expect
    .poll(async () => (await received(page, 'ready')).length, { timeout: 45_000 })
    .toBe(1);
  const [ready] = await received(page, 'ready');
  expect(ready).toEqual({
    source: 'partner-map',
    v: 1,
    type: 'ready',
    partners: partners.length,
    year: null,
    fields: fieldIds,
    partner: null,
    lang: 'en',
    visible: partners.map((p) => p.properties.id),
  });

  // resize: the iframe (300 px in the page's markup) takes the height the map asks for.
  await expect.poll(async () => (await received(page, 'resize')).length).toBeGreaterThan(0);
  const firstHeight = (await received(page, 'resize')).at(-1)!.height as number;
  expect(firstHeight).toBeGreaterThanOrEqual(480);
  await expect.poll(() => iframeHeight(page)).toBe(firstHeight);
  await expect(page.locator('#height')).toHaveText(`${firstHeight} px`);

  // select → one state message with the partner; the map opens its panel.
  await page.getByRole('button', { name: 'Select Le Havre' }).click();
  await expect.poll(async () => (await received(page, 'state')).length).toBe(1);
  const [selected] = await received(page, 'state');
  expect(selected).toEqual({
    source: 'partner-map',
    v: 1,
    type: 'state',
    year: null,
    fields: fieldIds,
    partner: 'le-havre',
    lang: 'en',
    visible: partners.map((p) => p.properties.id),
  });
  await expect(
    page.frameLocator('#map').getByRole('heading', { name: 'Le Havre', exact: true }),
  ).toBeVisible();

  // setYear 2010: Le Havre was signed in 2025, so the app deselects it, as the timeline does;
  // the year and the deselection arrive as ONE state message.
  await page.getByRole('button', { name: 'Year 2010' }).click();
  await expect.poll(async () => (await received(page, 'state')).length).toBe(2);
  const atYear = (await received(page, 'state'))[1]!;
  expect(atYear).toMatchObject({ type: 'state', year: 2010, partner: null, lang: 'en' });
  expect(atYear.visible).toEqual(
    partners
      .filter((p) => {
        const y = yearOf(p.properties.signed);
        return y !== null && y <= 2010;
      })
      .map((p) => p.properties.id),
  );
  await expect(page.frameLocator('#map').getByRole('slider', { name: 'Year' })).toHaveAttribute(
    'aria-valuenow',
    '2010',
  );

  // An invalid command is ignored with a debug line, and changes nothing.
  await page.evaluate(() => {
    const iframe = document.getElementById('map') as HTMLIFrameElement;
    iframe.contentWindow!.postMessage(
      { source: 'partner-map', v: 1, type: 'setYear', year: 'soon' },
      window.location.origin,
    );
  });
  await expect.poll(() => debug.some((d) => d.includes('ignoring an invalid message'))).toBe(true);
  expect(await received(page, 'state')).toHaveLength(2);

  // A narrower host page: the height follows the new width, never the frame's own height.
  await page.setViewportSize({ width: 420, height: 800 });
  await expect
    .poll(async () => (await received(page, 'resize')).at(-1)!.height)
    .not.toBe(firstHeight);
  const narrowHeight = (await received(page, 'resize')).at(-1)!.height as number;
  await expect.poll(() => iframeHeight(page)).toBe(narrowHeight);
  // No resize loop: a loop (resize → new height → resize) turns once per frame at least, so
  // watch 30 frames of the host page, not a span of time: none of them brings a new resize.
  const resizes = (await received(page, 'resize')).length;
  await page.evaluate(async () => {
    for (let i = 0; i < 30; i++) await new Promise(requestAnimationFrame);
  });
  expect(await received(page, 'resize')).toHaveLength(resizes);
});

test('the Share / Embed dialog gives a deep link without mode and an iframe snippet', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '?lang=en&mode=embed&partner=le-havre', { map: false });
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this map' });
  await expect(dialog).toBeVisible();

  const link = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();
  expect(link).toContain('partner=le-havre');
  expect(link).toContain('lang=en');
  expect(link).not.toContain('mode=');

  const snippet = await dialog
    .getByRole('textbox', { name: 'Embed code for a web page (iframe)' })
    .inputValue();
  expect(snippet).toContain('mode=embed');
  expect(snippet).toContain('partner=le-havre');
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain('allow="fullscreen; clipboard-write"');
  expect(snippet).toContain('title="Đà Nẵng\'s international partners"');
  expect(snippet).toContain('data-partner-map');
  expect(snippet).toMatch(/<script src="http:\/\/localhost:\d+\/embed\.js" defer><\/script>/);

  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

test('setLang: a language the deployment offers switches and is reported in state.lang; one it does not offer is ignored with a warning', async ({
  page,
}) => {
  // A deployment offering vi, en and ko only (ja is a language the map knows).
  const config = { ...shippedConfig(), languages: ['vi', 'en', 'ko'] };
  await page.route('**/data/config.json', (route) => route.fulfill({ json: config }));
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('./embed-demo.html');
  await expect
    .poll(async () => (await received(page, 'ready')).length, { timeout: 45_000 })
    .toBe(1);
  const send = (lang: string) =>
    page.evaluate((l) => {
      const iframe = document.getElementById('map') as HTMLIFrameElement;
      iframe.contentWindow!.postMessage(
        { source: 'partner-map', v: 1, type: 'setLang', lang: l },
        window.location.origin,
      );
    }, lang);
  const frameLang = page.frameLocator('#map').locator('html');

  await send('ja');
  await expect.poll(() => warnings.some((w) => w.includes('ja'))).toBe(true);
  await expect(frameLang).toHaveAttribute('lang', 'en');

  await send('ko');
  await expect.poll(async () => (await received(page, 'state')).at(-1)?.lang).toBe('ko');
  await expect(frameLang).toHaveAttribute('lang', 'ko');
  // The ignored ja sent no state of its own.
  expect((await received(page, 'state')).map((s) => s.lang)).toEqual(['ko']);
});
