// Prints the first view's drawn-name figures per size (overlaps, leader lengths, repeated texts) and
// saves a screenshot of each: `npx tsx scripts/label-figures.ts <port> [out dir]` against a served build.
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './find-chromium.mjs';
import { appReady, shippedPartners } from '../e2e/support/app-page';
import { drawnNames, type Drawn } from '../e2e/support/drawn-names';

const SIZES: [number, number, string][] = [
  [390, 844, 'lang=vi'],
  [390, 844, 'lang=en'],
  [360, 640, 'lang=vi'],
  [800, 600, 'mode=embed&lang=vi'],
  [360, 480, 'mode=embed&lang=vi'],
  [1366, 768, 'lang=vi'],
  [1366, 768, 'lang=en'],
  [3840, 2160, 'mode=present&lang=vi'],
  [1920, 1080, 'mode=kiosk&idle=3600&lang=vi'],
  [1080, 1920, 'mode=kiosk&idle=3600&lang=vi'],
];

const [port = '4214', out = ''] = process.argv.slice(2);
const only = process.env.ONLY;
const partners = shippedPartners();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const [w, h, query] of SIZES) {
  if (only && !`${w}x${h} ${query}`.includes(only)) continue;
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(`http://localhost:${port}/?${query}`);
  await appReady(page);
  const lang = query.includes('lang=en') ? 'en' : 'vi';
  let d: Drawn | undefined;
  for (let i = 0; i < 120; i += 1) {
    d = await drawnNames(page, lang, partners);
    if (!d.moving && d.named === partners.length) break;
    await page.waitForTimeout(250);
  }
  const px = d!.leaders.map((l) => l.px).sort((a, b) => a - b);
  const far = [...d!.leaders].sort((a, b) => b.px - a.px).slice(0, 3);
  console.log(
    `${w}×${h} ${query}: named ${d!.named}/${partners.length}, overlaps ${d!.overlaps.length}, ` +
      `leader max ${px.at(-1)} median ${px[px.length >> 1]}, repeated ${d!.repeated.length}` +
      `${d!.hidden.length ? `, hidden ${d!.hidden.join(' | ')}` : ''}\n   ${d!.overlaps.join('; ')}` +
      `\n   far: ${far.map((l) => `${l.text} ${l.px}`).join('; ')}  rep: ${d!.repeated.join('; ')}`,
  );
  if (out) await page.screenshot({ path: `${out}/${w}x${h}-${query.replace(/[=&]/g, '')}.png` });
  await page.close();
}
await browser.close();
