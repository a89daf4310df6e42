import { expect, test, type Page } from '@playwright/test';
import { openApp, partnerList, searchParams, shippedPartners } from './support/app-page';
import { rawConfig, routeKioskConfig } from './support/kiosk-config';

/** How many of the raw file's partners are on screen (any world copy), by projecting each one. */
function partnersInView(page: Page) {
  const points = shippedPartners().map((p) => p.geometry.coordinates);
  return page.evaluate((points) => {
    const map = window.__partnerMap!.map as {
      project: (p: [number, number]) => { x: number; y: number };
      getCanvas: () => HTMLCanvasElement;
    };
    const { width, height } = map.getCanvas().getBoundingClientRect();
    return points.filter(([lng, lat]) =>
      [-360, 0, 360].some((k) => {
        const p = map.project([lng + k, lat]);
        return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
      }),
    ).length;
  }, points);
}

test.describe('two-stage idle', () => {
  test('settle eases home keeping the partner and year; Keep looking cancels; Start over resets', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await routeKioskConfig(page, { idleSeconds: 12, settleSeconds: 5 });
    await openApp(page, '?mode=kiosk&lang=en');
    const total = shippedPartners().length;
    await page.getByRole('slider', { name: 'Year' }).press('End');
    await page.getByRole('slider', { name: 'Year' }).press('ArrowLeft');
    await expect.poll(() => searchParams(page).get('year')).not.toBeNull();
    const year = searchParams(page).get('year');
    await partnerList(page)
      .getByRole('button', { name: /^Genoa/ })
      .click();
    await expect(page.getByRole('dialog', { name: 'Genoa' })).toBeVisible();
    // The visitor zooms in: not every partner is on screen any more.
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    await expect(async () => {
      await zoomIn.click();
      expect(await partnersInView(page)).toBeLessThan(total);
    }).toPass({ timeout: 15_000 });

    // Stage one: every partner back on screen, before any countdown; the visit is kept.
    await expect.poll(() => partnersInView(page), { timeout: 12_000 }).toBe(total);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(page.getByRole('dialog', { name: 'Genoa' })).toBeVisible();
    expect(searchParams(page).get('partner')).toBe('genoa');
    expect(searchParams(page).get('year')).toBe(year);

    // Stage two: the countdown; the always-visible Start over cannot be reached behind it.
    const countdown = page.getByRole('alertdialog', { name: 'Still there?' });
    await expect(countdown).toBeVisible({ timeout: 15_000 });
    await expect(countdown.getByRole('button', { name: 'Start over' })).toBeVisible();
    const behind = page.locator('.start-over');
    await expect(behind).toHaveAttribute('inert');
    const box = (await behind.boundingBox())!;
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.start-over') !== null,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(hit, 'a tap on the always-visible Start over reaches it').toBe(false);

    await countdown.getByRole('button', { name: 'Keep looking' }).click();
    await expect(countdown).toBeHidden();
    await expect(page.getByTestId('attract')).toHaveCount(0);
    await expect(page.getByRole('dialog', { name: 'Genoa' })).toBeVisible();
    expect(searchParams(page).get('partner')).toBe('genoa');
    expect(searchParams(page).get('year')).toBe(year);

    await expect(countdown).toBeVisible({ timeout: 20_000 });
    await countdown.getByRole('button', { name: 'Start over' }).click();
    const startedOver = await page.evaluate(() => performance.now());
    await expect(countdown).toBeHidden();
    await expect(page.getByRole('dialog', { name: 'Genoa' })).toBeHidden();
    await expect.poll(() => [...searchParams(page).keys()].sort()).toEqual(['lang', 'mode']);
    await expect(behind).not.toHaveAttribute('inert');
    // A fresh visit: once the old countdown (min(10, 12 ÷ 3) = 4 s) would have run out, no attract loop.
    await page.waitForFunction((t) => performance.now() > t + 5000, startedOver);
    await expect(page.getByTestId('attract')).toHaveCount(0);
  });
});

test.describe('self-healing reload', () => {
  test('a due reload waits for the attract loop, then lands straight in it', async ({ page }) => {
    test.setTimeout(120_000);
    // Due 3 s after load; the reloaded page gets the shipped 12 h.
    const loads = await routeKioskConfig(
      page,
      { idleSeconds: 9, settleSeconds: 2, reloadHours: 3 / 3600 },
      { idleSeconds: 9, settleSeconds: 2 },
    );
    await page.addInitScript(() => {
      const w = window as unknown as { __sawCountdown: boolean };
      w.__sawCountdown = false;
      new MutationObserver(() => {
        if (document.querySelector('[role="alertdialog"]')) w.__sawCountdown = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await openApp(page, '?mode=kiosk&lang=en');
    const sameDocument = () =>
      page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument);
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await partnerList(page)
      .getByRole('button', { name: /^Genoa/ })
      .click();
    // The reload is due, but a visitor is here: no reload.
    await page.waitForFunction(() => performance.now() > 4500);
    expect(await sameDocument()).toBe(true);
    expect(searchParams(page).get('partner')).toBe('genoa');
    await expect(page.getByTestId('attract')).toHaveCount(0);

    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 20_000 });
    await reloaded;
    await expect(page.getByTestId('attract')).toBeVisible({ timeout: 30_000 });
    expect(await sameDocument()).toBeUndefined();
    expect(
      await page.evaluate(() => (window as unknown as { __sawCountdown: boolean }).__sawCountdown),
    ).toBe(false);
    expect(loads()).toBe(2);
    expect(new URL(page.url()).search).toBe('?lang=en&mode=kiosk');
    expect(await storedAnything(page)).toEqual([]);
  });
});

test.describe('self-healing after WebGL context losses', () => {
  /** Loses the map's WebGL context and waits until the map has it back, `times` times. */
  function loseContext(page: Page, times: number) {
    return page.evaluate(async (times) => {
      const map = window.__partnerMap!.map as { getCanvas: () => HTMLCanvasElement };
      const canvas = map.getCanvas();
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
      const once = (type: string) =>
        new Promise((resolve) => canvas.addEventListener(type, resolve, { once: true }));
      for (let i = 0; i < times; i++) {
        // Asked for while the context lives: a lost context hands out no extension.
        const ext = gl.getExtension('WEBGL_lose_context')!;
        const lost = once('webglcontextlost');
        ext.loseContext();
        await lost;
        // Restoring is allowed once the lost event's dispatch is over (MapLibre prevented its default).
        await new Promise((resolve) => setTimeout(resolve));
        const restored = once('webglcontextrestored');
        ext.restoreContext();
        await restored;
      }
    }, times);
  }

  test('three losses within an hour reload the page, during the attract loop only, into it', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await routeKioskConfig(page, { idleSeconds: 15, settleSeconds: 2 });
    await openApp(page, '?mode=kiosk&lang=en&health=1');
    const view = page.getByRole('region', { name: 'Kiosk health' });
    const row = (label: string) =>
      view.locator('div', { has: page.locator(`dt:text-is("${label}")`) }).locator('dd');
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    const sameDocument = () =>
      page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument);
    await partnerList(page)
      .getByRole('button', { name: /^Genoa/ })
      .click();

    // A visitor is here: two losses, then a third, and no reload while they stay.
    await loseContext(page, 2);
    await expect(row('WebGL context losses')).toHaveText('2');
    await loseContext(page, 1);
    await expect(row('WebGL context losses')).toHaveText('3');
    const third = await page.evaluate(() => performance.now());
    // The rule is checked every second: three checks pass with the visitor still here.
    await page.waitForFunction((t) => performance.now() > t + 3000, third);
    expect(await sameDocument()).toBe(true);
    expect(searchParams(page).get('partner')).toBe('genoa');

    // The idle reset starts the attract loop: now the page reloads, straight into the loop.
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await reloaded;
    expect(await sameDocument()).toBeUndefined();
    await expect(page.getByTestId('attract')).toBeVisible({ timeout: 30_000 });
    await expect(row('Reloads')).toHaveText('1');
    await expect(row('WebGL context losses')).toHaveText('0');
    expect(await storedAnything(page)).toEqual([]);
  });
});

test.describe('countdown and operator view at kiosk sizes', () => {
  /** What a visitor would see wrong: page scroll, anything off screen, clipped or too small to touch. */
  function fit(page: Page) {
    return page.evaluate(() => {
      const problems: string[] = [];
      const root = document.documentElement;
      if (root.scrollHeight > innerHeight) problems.push(`page scrolls: ${root.scrollHeight}`);
      if (root.scrollWidth > innerWidth)
        problems.push(`page scrolls sideways: ${root.scrollWidth}`);
      const parts = document.querySelectorAll(
        '[role="alertdialog"], [role="alertdialog"] *, .operator-view, .operator-view *',
      );
      for (const el of parts) {
        const r = el.getBoundingClientRect();
        const name = `${el.tagName.toLowerCase()}.${el.className || ''} "${el.textContent?.slice(0, 20)}"`;
        if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight)
          problems.push(`off screen: ${name}`);
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
          problems.push(`clipped: ${name}`);
        if (el.tagName === 'BUTTON' && (r.width < 64 || r.height < 64))
          problems.push(`small: ${name} ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      const a = document.querySelector('[role="alertdialog"]')!.getBoundingClientRect();
      const b = document.querySelector('.operator-view')!.getBoundingClientRect();
      const overlap = (p: DOMRect, q: DOMRect) =>
        p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
      if (overlap(a, b)) problems.push('the countdown and the operator view overlap');
      // The page's title stays readable under the staff view.
      const title = document.querySelector('.app-title')!.getBoundingClientRect();
      if (overlap(title, b)) problems.push('the operator view covers the header title');
      // Nor any partner: it stays off the map.
      const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
      if (overlap(map, b)) problems.push('the operator view covers the map');
      return problems;
    });
  }

  // In Vietnamese, the kiosk's first language, and in English: the longer words of each.
  for (const [lang, words] of [
    ['vi', { title: 'Bạn còn xem không?', keep: 'Tiếp tục xem', health: 'Tình trạng kiosk' }],
    ['en', { title: 'Still there?', keep: 'Keep looking', health: 'Kiosk health' }],
  ] as const) {
    test(`both fit, unclipped, with large buttons, at 1920×1080 and 1080×1920 (${lang})`, async ({
      page,
    }) => {
      test.setTimeout(150_000);
      // A countdown of 6 s after 18 s: time to look at it.
      await routeKioskConfig(page, { idleSeconds: 18, settleSeconds: 2 });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await openApp(page, `?mode=kiosk&lang=${lang}&health=1`);
      const countdown = page.getByRole('alertdialog', { name: words.title });
      await expect(page.getByRole('region', { name: words.health })).toBeVisible();
      for (const [width, height] of [
        [1920, 1080],
        [1080, 1920],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.mouse.click(width / 2, height / 2 - 40);
        await expect(countdown).toBeVisible({ timeout: 40_000 });
        expect(await fit(page)).toEqual([]);
        await page.screenshot({
          path: test.info().outputPath(`kiosk-countdown-${lang}-${width}x${height}.png`),
        });
        await countdown.getByRole('button', { name: words.keep }).click();
        await expect(countdown).toBeHidden();
      }
    });
  }
});

/** Every place a page can keep something, and what is there. */
function storedAnything(page: Page) {
  return page.evaluate(async () => {
    const found: string[] = [];
    if (localStorage.length) found.push(`localStorage: ${localStorage.length}`);
    if (sessionStorage.length) found.push(`sessionStorage: ${sessionStorage.length}`);
    if (document.cookie) found.push(`cookie: ${document.cookie}`);
    const dbs = await indexedDB.databases();
    if (dbs.length) found.push(`indexedDB: ${dbs.map((d) => d.name).join()}`);
    const cacheNames = await caches.keys();
    if (cacheNames.length) found.push(`caches: ${cacheNames.join()}`);
    return found;
  });
}

test.describe('operator view', () => {
  const raw = rawConfig();
  const total = String(shippedPartners().length);

  test('five taps in the top-left corner open it for ten seconds; it stores nothing', async ({
    page,
  }) => {
    await openApp(page, '?mode=kiosk&lang=en', { map: false });
    const view = page.getByRole('region', { name: 'Kiosk health' });
    const opened = await page.evaluate(() => performance.now());
    for (let i = 0; i < 5; i++) await page.mouse.click(20, 20);
    await expect(view).toBeVisible();
    const row = (label: string) =>
      view.locator('div', { has: page.locator(`dt:text-is("${label}")`) }).locator('dd');
    await expect(row('Partners')).toHaveText(total);
    await expect(row('Data updated')).toHaveText(raw.dataUpdated);
    await expect(row('Resets')).toHaveText('0');
    await expect(row('Reloads')).toHaveText('0');
    await expect(row('Uptime')).toHaveText(/^\d+:\d\d:\d\d$/);
    await expect(row('JS heap')).toHaveText(/MB$/);
    await expect(view).toBeHidden({ timeout: 20_000 });
    const closed = await page.evaluate(() => performance.now());
    expect(closed - opened).toBeGreaterThanOrEqual(10_000);
    expect(new URL(page.url()).search).toBe('?lang=en&mode=kiosk');
    expect(await storedAnything(page)).toEqual([]);

    // Four taps are not enough (checked once a dialog opened after them has rendered).
    for (let i = 0; i < 4; i++) await page.mouse.click(20, 20);
    await page.getByRole('button', { name: 'About this map' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(view).toHaveCount(0);
  });

  test('?health=1 keeps it open through the idle reset until dismissed', async ({ page }) => {
    await openApp(page, '?mode=kiosk&lang=en&idle=3&health=1', { map: false });
    const view = page.getByRole('region', { name: 'Kiosk health' });
    await expect(view).toBeVisible();
    await expect(page.getByTestId('attract')).toBeVisible({ timeout: 15_000 });
    await expect(view).toBeVisible();
    await expect(
      view.locator('div', { has: page.locator('dt:text-is("Resets")') }).locator('dd'),
    ).toHaveText('1');
    expect(searchParams(page).get('health')).toBe('1');
    await view.getByRole('button', { name: 'Close' }).click();
    await expect(view).toBeHidden();
    await expect(page.getByTestId('attract')).toBeVisible();
    expect(await storedAnything(page)).toEqual([]);
  });
});

test('the operator view is a staff view: vi or en whatever the visitor chose', async ({ page }) => {
  // Korean visitors read their interface; staff read the content language (en for ko).
  await openApp(page, '?mode=kiosk&lang=ko&health=1', { map: false });
  const view = page.getByRole('region', { name: 'Kiosk health' });
  await expect(view).toBeVisible();
  await expect(view).toHaveAttribute('lang', 'en');
  await expect(view.locator('dt:text-is("Partners") + dd')).toHaveText(
    String(shippedPartners().length),
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test.describe('no escape', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 1280, height: 800 } });

  /** Two fingers spreading apart at (x, y), sent as raw touches. */
  async function pinch(page: Page, x: number, y: number) {
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map(([px, py], id) => ({ x: px, y: py, id })),
      });
    await touch('touchStart', [
      [x - 10, y],
      [x + 10, y],
    ]);
    for (let i = 1; i <= 10; i++)
      await touch('touchMove', [
        [x - 10 - i * 15, y],
        [x + 10 + i * 15, y],
      ]);
    await touch('touchEnd', []);
    await cdp.detach();
  }
  const pageScale = (page: Page) => page.evaluate(() => window.visualViewport?.scale ?? 1);
  const zoom = (page: Page) =>
    page.evaluate(() => (window.__partnerMap!.map as { getZoom: () => number }).getZoom());

  test('a pinch zooms the map but not the page; overscroll is off', async ({ page }) => {
    // On the web page the same pinch zooms the page: the check can see a page zoom.
    await openApp(page, '?lang=en');
    const sidebar = (await page.locator('aside.dock').boundingBox())!;
    await pinch(page, sidebar.x + sidebar.width / 2, sidebar.y + 200);
    await expect.poll(() => pageScale(page)).toBeGreaterThan(1.5);

    await openApp(page, '?mode=kiosk&lang=en');
    const side = (await page.locator('aside.dock').boundingBox())!;
    await pinch(page, side.x + side.width / 2, side.y + 200);
    const map = (await page.getByTestId('map').boundingBox())!;
    const before = await zoom(page);
    await pinch(page, map.x + map.width / 2, map.y + map.height / 2);
    await expect.poll(() => zoom(page)).toBeGreaterThan(before + 1);
    expect(await pageScale(page)).toBe(1);
    // Swipe back and pull-to-refresh are overscroll gestures: off on the page and its body.
    const overscroll = await page.evaluate(() =>
      [document.documentElement, document.body].map((el) => {
        const style = getComputedStyle(el);
        return `${style.overscrollBehaviorX} ${style.overscrollBehaviorY}`;
      }),
    );
    expect(overscroll).toEqual(['none none', 'none none']);
  });

  test('print, save, find, reload and page-zoom keys, long press, drag and selection do nothing', async ({
    page,
  }) => {
    await openApp(page, '?mode=kiosk&lang=en', { map: false });
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __keys: string[] }).__keys = seen;
      const modifiers = ['Control', 'Alt', 'Shift', 'Meta'];
      window.addEventListener(
        'keydown',
        (e) => !e.defaultPrevented && !modifiers.includes(e.key) && seen.push(e.key),
      );
    });
    const keys = [
      'Control+p',
      'Control+s',
      'Control+f',
      'Control+r',
      'F5',
      'Control+Equal',
      'Control+Minus',
      'Control+0',
      'Alt+ArrowLeft',
    ];
    for (const key of keys) await page.keyboard.press(key);
    await page.keyboard.press('a');
    // Only the plain key reached the page's default action.
    expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([
      'a',
    ]);

    const cancelled = await page.evaluate(() => {
      const target = document.querySelector('.app-title') ?? document.body;
      const fire = (event: Event) => !target.dispatchEvent(event);
      return {
        contextmenu: fire(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
        dragstart: fire(new DragEvent('dragstart', { bubbles: true, cancelable: true })),
        selectstart: fire(new Event('selectstart', { bubbles: true, cancelable: true })),
      };
    });
    expect(cancelled).toEqual({ contextmenu: true, dragstart: true, selectstart: true });
    const title = (await page.locator('.app-title').boundingBox())!;
    await page.mouse.move(title.x + 2, title.y + title.height / 2);
    await page.mouse.down();
    await page.mouse.move(title.x + title.width - 2, title.y + title.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
  });
});

test.describe('screen care', () => {
  test('in the attract loop the UI shifts a few px without scrolling, and dims until touched', async ({
    page,
  }) => {
    // The map's first view, 6 s idle, a shift every 18 s and the dimming, one after another.
    test.setTimeout(120_000);
    await page.addInitScript(() => {
      window.__partnerMapTimeScale = 0.1;
    });
    // Idle 6 s (real time), a shift every 18 s, dim after 1.2 s of attract loop.
    await routeKioskConfig(page, { idleSeconds: 6, dimAfterMinutes: 0.2 });
    // The idle watch loads after the map's first view (kiosk-layer.tsx): wait for the map, so a
    // busy machine's slow first frame does not eat the idle time the test waits for.
    await openApp(page, '?mode=kiosk&lang=en');
    const frame = () =>
      page.evaluate(() => {
        const rect = document.querySelector('.app')!.getBoundingClientRect();
        const root = document.scrollingElement!;
        return { x: rect.x, y: rect.y, width: root.scrollWidth, height: root.scrollHeight };
      });
    const still = await frame();
    expect([still.x, still.y]).toEqual([0, 0]);
    const attract = page.getByTestId('attract');
    await expect(attract).toBeVisible({ timeout: 30_000 });
    await expect
      .poll(async () => Object.values(await frame()).join(), { timeout: 30_000 })
      .not.toBe(Object.values(still).join());
    const shifted = await frame();
    expect(Math.abs(shifted.x) + Math.abs(shifted.y)).toBeGreaterThan(0);
    expect(Math.max(Math.abs(shifted.x), Math.abs(shifted.y))).toBeLessThanOrEqual(4);
    expect([shifted.width, shifted.height]).toEqual([still.width, still.height]);

    const dim = page.getByTestId('kiosk-dim');
    await expect(dim).toBeVisible({ timeout: 15_000 });
    await page.mouse.click(640, 400);
    await expect(dim).toBeHidden();
    await expect(attract).toBeHidden();
    await expect.poll(async () => [(await frame()).x, (await frame()).y]).toEqual([0, 0]);
  });
});
