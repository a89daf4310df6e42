import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp, ROOT, serveFixture, shippedPartners } from './support/app-page';

/**
 * "About this map" and "By the numbers" set the map's own counts beside the city's official figures.
 * Every number below comes from the raw data files, read here; the sentences are written out by hand.
 */
interface RawConfig {
  home: { name: { vi: string; en: string } };
  about: {
    officialCount: { vi: string; en: string };
    official: {
      localities: number;
      countries: number;
      agreements: number;
      date: string;
      source: { title: string; url: string };
    };
  };
}
const config = JSON.parse(readFileSync(`${ROOT}data/config.json`, 'utf8')) as RawConfig;
const official = config.about.official;
const [year, month] = official.date.split('-');
const when = `${month}/${year}`;

const raw = shippedPartners();
const shipped = {
  partners: raw.length,
  countries: new Set(raw.map((f) => f.properties.country)).size,
};

const n = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

function sentence(lang: 'vi' | 'en', map: { partners: number; countries: number }): string {
  const o = official;
  if (lang === 'vi') {
    return (
      `Bản đồ có ${map.partners} đối tác tại ${map.countries} quốc gia và vùng lãnh thổ, mỗi đối tác đều có nguồn; ` +
      `${config.home.name.vi} công bố ${o.localities} địa phương đối tác tại ${o.countries} quốc gia và ${o.agreements} thỏa thuận hợp tác (${when}).`
    );
  }
  return (
    `The map shows ${n(map.partners, 'partner', 'partners')} in ${n(map.countries, 'country or territory', 'countries and territories')}, each with its sources; ` +
    `${config.home.name.en} reports ${n(o.localities, 'partner locality', 'partner localities')} in ${n(o.countries, 'country', 'countries')} and ${n(o.agreements, 'cooperation agreement', 'cooperation agreements')} (${when}).`
  );
}

const ui = {
  vi: {
    about: 'Giới thiệu bản đồ',
    numbers: 'Những con số',
    partners: 'Đối tác',
    countries: 'Quốc gia và vùng lãnh thổ',
  },
  en: {
    about: 'About this map',
    numbers: 'By the numbers',
    partners: 'Partners',
    countries: 'Countries and territories',
  },
};

async function openAbout(page: Page, lang: 'vi' | 'en') {
  await page.getByRole('button', { name: ui[lang].about }).click();
  const dialog = page.getByRole('dialog', { name: ui[lang].about });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function openNumbers(page: Page, lang: 'vi' | 'en') {
  await page.getByText(ui[lang].numbers, { exact: true }).click();
  return page.locator('details.numbers');
}

test('the shipped files still hold what these sentences assume', () => {
  // Guards the hand-written plurals below: the shipped data and figures are all "many".
  expect(shipped.partners).toBeGreaterThan(1);
  expect(shipped.countries).toBeGreaterThan(1);
  expect(official.agreements).toBeGreaterThan(1);
});

for (const lang of ['vi', 'en'] as const) {
  test(`${lang}: About sets the map's counts beside the official ones, with the city's note and source`, async ({
    page,
  }) => {
    await openApp(page, `?lang=${lang}`, { map: false });
    const dialog = await openAbout(page, lang);
    await expect(dialog.getByText(sentence(lang, shipped), { exact: true })).toBeVisible();
    await expect(dialog.getByText(config.about.officialCount[lang], { exact: true })).toBeVisible();
    await expect(dialog.getByRole('link', { name: official.source.title })).toHaveAttribute(
      'href',
      official.source.url,
    );
  });

  test(`${lang}: By the numbers shows the raw file's totals and the same comparison`, async ({
    page,
  }) => {
    await openApp(page, `?lang=${lang}`, { map: false });
    const numbers = await openNumbers(page, lang);
    const total = (label: string) =>
      numbers
        .locator('.numbers-totals div')
        .filter({ has: page.getByText(label, { exact: true }) });
    await expect(total(ui[lang].partners).locator('dd')).toHaveText(String(shipped.partners));
    await expect(total(ui[lang].countries).locator('dd')).toHaveText(String(shipped.countries));
    await expect(numbers.getByText(sentence(lang, shipped), { exact: true })).toBeVisible();
    await expect(
      numbers.getByText(config.about.officialCount[lang], { exact: true }),
    ).toBeVisible();
  });
}

test('en: one partner in one country reads in the singular', async ({ page }) => {
  const one = { type: 'FeatureCollection', features: [raw[0]] };
  await serveFixture(page, 'one-partner.geojson', JSON.stringify(one));
  await openApp(page, '?lang=en&data=fixtures/one-partner.geojson', { map: false });
  const dialog = await openAbout(page, 'en');
  await expect(
    dialog.getByText(sentence('en', { partners: 1, countries: 1 }), { exact: true }),
  ).toBeVisible();
});
