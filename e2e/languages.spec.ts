import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp, partnerList, ROOT, shippedPartners } from './support/app-page';

// Expected strings are typed here (copied from the locale files and from Chromium's Intl output),
// never read from the app's files at run time.
interface LangCase {
  lang: string;
  /** The page's `lang`. */
  tag: string;
  about: string;
  partners: string;
  /** A partner from the language's country: its own name, tagged with its language. */
  partner?: {
    id: string;
    heading: string;
    native: { lang: string; text: string };
    country: string;
    /** The signing date as shown (Gregorian years everywhere). */
    date?: string;
  };
}

const CASES: LangCase[] = [
  { lang: 'vi', tag: 'vi', about: 'Giới thiệu bản đồ', partners: 'Đối tác' },
  { lang: 'en', tag: 'en', about: 'About this map', partners: 'Partners' },
  {
    lang: 'ko',
    tag: 'ko',
    about: '이 지도에 대하여',
    partners: '파트너',
    partner: {
      id: 'osan',
      heading: 'Osan · 오산시',
      native: { lang: 'ko', text: '오산시' },
      country: '대한민국',
      date: '2004년 3월 10일',
    },
  },
  {
    lang: 'ja',
    tag: 'ja',
    about: 'この地図について',
    partners: 'パートナー',
    partner: {
      id: 'sakai',
      heading: 'Sakai · 堺市',
      native: { lang: 'ja', text: '堺市' },
      country: '日本',
      date: '2009年2月20日',
    },
  },
  {
    lang: 'zh',
    tag: 'zh-Hans',
    about: '关于本地图',
    partners: '合作伙伴',
    partner: {
      id: 'jiangsu',
      heading: 'Jiangsu · 江苏省',
      native: { lang: 'zh-Hans', text: '江苏省' },
      country: '中国',
    },
  },
  {
    lang: 'lo',
    tag: 'lo',
    about: 'ກ່ຽວກັບແຜນທີ່ນີ້',
    partners: 'ຄູ່ຮ່ວມມື',
    // Chromium's Intl has no Lao ("Laos"): the country comes from the shipped CLDR names.
    partner: {
      id: 'attapeu',
      heading: 'Attapeu · ແຂວງອັດຕະປື',
      native: { lang: 'lo', text: 'ແຂວງອັດຕະປື' },
      country: 'ລາວ',
    },
  },
  {
    lang: 'th',
    tag: 'th',
    about: 'เกี่ยวกับแผนที่นี้',
    partners: 'พันธมิตร',
    partner: {
      id: 'khon-kaen',
      heading: 'Khon Kaen · จังหวัดขอนแก่น',
      native: { lang: 'th', text: 'จังหวัดขอนแก่น' },
      country: 'ไทย',
      // Gregorian, not the Buddhist era's 2565.
      date: '21 พฤศจิกายน 2022',
    },
  },
  {
    lang: 'ru',
    tag: 'ru',
    about: 'Об этой карте',
    partners: 'Партнёры',
    partner: {
      id: 'yaroslavl',
      heading: 'Yaroslavl · Ярославская область',
      native: { lang: 'ru', text: 'Ярославская область' },
      country: 'Россия',
      date: '21 августа 2014 г.',
    },
  },
];

// The home city as each language names it: the config's sourced `home.names`, else its vi or en name.
const home = JSON.parse(readFileSync(`${ROOT}/data/config.json`, 'utf8')).home as {
  name: Record<'vi' | 'en', string>;
  names: Record<string, { text: string }>;
};
const homeIn = (lang: string) =>
  home.names[lang]?.text ?? (lang === 'vi' ? home.name.vi : home.name.en);

for (const c of CASES) {
  test(`?lang=${c.lang}: the page is in ${c.lang}${c.partner ? `, ${c.partner.id} shows its own name` : ''}`, async ({
    page,
  }) => {
    await openApp(page, `?lang=${c.lang}${c.partner ? `&partner=${c.partner.id}` : ''}`, {
      map: false,
    });
    await expect(page.locator('html')).toHaveAttribute('lang', c.tag);
    // The title is the config's text in vi or en, marked with its language.
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute(
      'lang',
      c.lang === 'vi' ? 'vi' : 'en',
    );
    await expect(page.getByRole('button', { name: c.about, exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: c.partners, exact: true })).toHaveCount(1);
    if (c.partner) await expectPartner(page, c, c.partner);
    // About names the home city in this language.
    await page.getByRole('button', { name: c.about, exact: true }).click();
    await expect(page.getByRole('dialog', { name: c.about, exact: true })).toContainText(
      homeIn(c.lang),
    );
  });
}

async function expectPartner(page: Page, c: LangCase, partner: NonNullable<LangCase['partner']>) {
  const panel = page.getByRole('dialog', { name: partner.heading, exact: true });
  await expect(
    panel.getByRole('heading', { level: 2 }).locator(`[lang="${partner.native.lang}"]`),
  ).toHaveText(partner.native.text);
  await expect(panel.getByText(partner.country, { exact: true })).toBeVisible();
  if (partner.date) await expect(panel.getByText(partner.date, { exact: true })).toBeVisible();
  // The summary is the data's English text, marked as such.
  await expect(panel.locator('.details-summary')).toHaveAttribute('lang', 'en');
  if (c.lang === 'lo') {
    // Lao month names where Chromium has none: Osan, signed 10 March 2004.
    await page
      .getByRole('list', { name: c.partners, exact: true })
      .getByRole('button', { name: /^Osan/ })
      .click();
    await expect(
      page.getByRole('dialog', { name: 'Osan · 오산시' }).getByText('10 ມີນາ 2004', { exact: true }),
    ).toBeVisible();
  }
}

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

/** The texts MapLibre placed for the archipelago and sea labels (rendered symbols, not the DOM), line breaks as spaces. */
function sovereigntyTexts(page: Page) {
  return page.evaluate(() =>
    (window.__partnerMap!.map as import('maplibre-gl').Map)
      .queryRenderedFeatures({ layers: ['sovereignty-labels', 'sea-label'] })
      .map((f) => {
        const field = (f.layer.layout as Record<string, unknown>)['text-field'] as {
          sections: { text: string }[];
        };
        // The archipelagos' names break into lines to fit the view; the words are the data's.
        return field.sections
          .map((s) => s.text)
          .join('')
          .replace(/\n/g, ' ');
      })
      .sort(),
  );
}

test('sovereignty is never translated: in all eight languages the archipelagos and the sea show the data’s vi or en form; the tooltip shows own names', async ({
  page,
}) => {
  const raw = JSON.parse(readFileSync(`${ROOT}data/basemap/sovereignty.geojson`, 'utf8')) as {
    features: { properties: { kind: string; name: { vi: string; en: string } } }[];
  };
  const labels = raw.features.filter((f) => /^(archipelago|sea)-label$/.test(f.properties.kind));
  expect(labels).toHaveLength(3);
  const forms = (lang: 'vi' | 'en') => labels.map((f) => f.properties.name[lang]).sort();

  await openApp(page, '?lang=ko');
  // The tooltip: Aktau (the one partner in Kazakhstan) with its Kazakh and Russian names.
  const aktau = shippedPartners().find((p) => p.properties.id === 'aktau')!;
  const at = await page.evaluate(([lon, lat]) => {
    const map = window.__partnerMap!.map as import('maplibre-gl').Map;
    const p = map.project([lon, lat]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, aktau.geometry.coordinates);
  await page.mouse.move(at.x, at.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Aktau');
  await expect(tooltip.locator('bdi[lang="kk"]')).toHaveText('Ақтау');
  await expect(tooltip.locator('bdi[lang="ru"]')).toHaveText('Актау');

  await page.evaluate(() =>
    (window.__partnerMap!.map as import('maplibre-gl').Map).jumpTo({ center: [111, 13], zoom: 4 }),
  );
  // Content language by interface language: vi shows the data's Vietnamese, the others its English.
  const menuButton = page.locator('.language-menu > button');
  for (const [endonym, tag, content] of [
    ['Tiếng Việt', 'vi', 'vi'],
    ['English', 'en', 'en'],
    ['한국어', 'ko', 'en'],
    ['日本語', 'ja', 'en'],
    ['简体中文', 'zh-Hans', 'en'],
    ['ລາວ', 'lo', 'en'],
    ['ไทย', 'th', 'en'],
    ['Русский', 'ru', 'en'],
  ] as const) {
    await menuButton.click();
    await page.getByRole('button', { name: endonym, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expect.poll(() => sovereigntyTexts(page), { message: tag }).toEqual(forms(content));
  }
});

test('kiosk: the call to action in every offered language in turn, each with its lang; a large language menu', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, '?mode=kiosk&lang=ko&idle=6', { map: false });
  // Every target in the open menu is at least 64 px both ways.
  await page.locator('.language-menu > button').click();
  const targets = page.locator('.language-menu button');
  await expect(targets).toHaveCount(9);
  for (const box of await targets.evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height })),
  )) {
    expect(box.h).toBeGreaterThanOrEqual(64);
    expect(box.w).toBeGreaterThanOrEqual(64);
  }
  await page.keyboard.press('Escape');

  const attract = page.getByTestId('attract');
  await expect(attract).toBeVisible({ timeout: 30_000 });
  const expected: [string, string][] = [
    ['ko', '화면을 터치해 둘러보세요'],
    ['vi', 'Chạm để khám phá'],
    ['en', 'Touch to explore'],
    ['ja', '画面に触れてご覧ください'],
    ['zh-Hans', '触摸屏幕开始探索'],
    ['lo', 'ແຕະເພື່ອສຳຫຼວດ'],
    ['th', 'แตะเพื่อสำรวจ'],
    ['ru', 'Коснитесь, чтобы начать'],
  ];
  const lines = attract.locator('.attract-cta');
  await expect(lines).toHaveCount(expected.length);
  for (const [lang, text] of expected)
    await expect(lines.and(page.locator(`[lang="${lang}"]`))).toHaveText(text);
  // The interface language first, then the others in the config's order, one at a time, in turn.
  expect(await lines.evaluateAll((els) => els.map((el) => el.getAttribute('lang')))).toEqual(
    expected.map(([lang]) => lang),
  );
  await expect(lines.filter({ visible: true })).toHaveCount(1);
  await expect(attract.locator('.attract-cta[lang="vi"]')).toBeVisible({ timeout: 30_000 });
  await expect(attract.locator('.attract-cta[lang="en"]')).toBeVisible({ timeout: 10_000 });
  await expect(attract.locator('.attract-cta[lang="vi"]')).toBeHidden();
});

test('the presenter’s L toggles vi ↔ en from any language', async ({ page }) => {
  await openApp(page, '?mode=present&lang=ko', { map: false });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.locator('body').press('l');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.locator('body').press('L');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('body').press('l');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});
