import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ROOT, shippedPartners, waitForMap, watchPage } from './support/app-page';

/**
 * The data studio (?mode=studio, issue 18). Expected values come from data/partners.geojson read
 * here, and from CSV written here by a plain quote-every-cell writer, never from the app's code.
 */

const SHIPPED_TEXT = readFileSync(`${ROOT}data/partners.geojson`, 'utf8');
const SHIPPED = shippedPartners();
const FULL = JSON.parse(SHIPPED_TEXT) as {
  features: {
    geometry: { coordinates: [number, number] };
    properties: Record<string, unknown> & {
      id: string;
      name: { vi: string; en: string };
      summary: { vi: string; en: string };
      sources: { title: string; url: string }[];
    };
  }[];
};

async function openStudio(page: Page, lang: 'vi' | 'en' = 'en') {
  await page.goto(`./?mode=studio&lang=${lang}`);
  const rows = lang === 'en' ? `${SHIPPED.length} rows` : `${SHIPPED.length} hàng`;
  await expect(page.getByRole('status').filter({ hasText: rows })).toBeVisible({ timeout: 45_000 });
}

const problemsHeading = (page: Page) => page.getByRole('heading', { name: /^Problems \(\d+\)$/ });

async function download(page: Page, name: RegExp): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { file, text: readFileSync((await file.path()) ?? '', 'utf8') };
}

async function openFile(page: Page, path: string) {
  await page.getByLabel(/Open a file/).setInputFiles(path);
}

/** WCAG 2 contrast of two opaque `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A plain CSV writer, independent of the app's: every cell quoted, quotes doubled.
const csvLine = (cells: string[]) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',');
const HEADER = [
  'id',
  'name_vi',
  'name_en',
  'country',
  'kind',
  'relation',
  'signed',
  'lon',
  'lat',
  'fields',
  'summary_vi',
  'summary_en',
  'source_1_title',
  'source_1_url',
];
function rowOf(i: number): string[] {
  const { geometry, properties: p } = FULL.features[i]!;
  return [
    p.id,
    p.name.vi,
    p.name.en,
    String(p.country),
    String(p.kind),
    String(p.relation),
    String(p.signed ?? ''),
    String(geometry.coordinates[0]),
    String(geometry.coordinates[1]),
    (p.fields as string[]).join('|'),
    p.summary.vi,
    p.summary.en,
    p.sources[0]!.title,
    p.sources[0]!.url,
  ];
}

test.describe('data studio', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('CSV and XLSX exports re-import with no problem, no change, and byte-identical GeoJSON', async ({
    page,
  }, info) => {
    test.setTimeout(120_000);
    const watched = watchPage(page);
    await openStudio(page);
    for (const format of [/CSV sheet/, /Excel sheet/]) {
      const sheet = await download(page, format);
      const saved = info.outputPath(sheet.file.suggestedFilename());
      await sheet.file.saveAs(saved);
      await openFile(page, saved);
      await expect(
        page
          .getByRole('status')
          .filter({ hasText: `${sheet.file.suggestedFilename()} — ${SHIPPED.length} rows` }),
      ).toBeVisible();
      await expect(page.getByText('No problems: every row is valid.')).toBeVisible();
      await expect(page.getByRole('tab', { name: 'Changes (0)' })).toBeVisible();
      const geojson = await download(page, /partners\.geojson/);
      expect(geojson.file.suggestedFilename()).toBe('partners.geojson');
      expect(geojson.text).toBe(SHIPPED_TEXT);
    }
    expect(watched.foreign).toEqual([]);
    expect(watched.errors).toEqual([]);
  });

  test('three bad rows are listed with their rows and texts; the rest preview; download waits for the fix', async ({
    page,
  }, info) => {
    test.setTimeout(120_000);
    const watched = watchPage(page);
    const rows = [0, 1, 2, 3, 4, 5].map(rowOf);
    rows[1]![6] = '2004-13-10'; // sheet row 3: bad date
    rows[3]![9] = `${rows[3]![9]}|space-travel`; // sheet row 5: unknown field
    rows[4]![13] = 'javascript:alert(1)'; // sheet row 6: javascript: URL
    const path = info.outputPath('three-bad-rows.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, [HEADER, ...rows].map(csvLine).join('\r\n'));
    const name = (i: number) => FULL.features[i]!.properties.name.en;

    await openStudio(page);
    await openFile(page, path);
    await expect(problemsHeading(page)).toHaveText('Problems (3)');
    await expect(page.getByTestId('studio-problems').getByRole('listitem')).toHaveText([
      `Row 3 (${name(1)}): signing date '2004-13-10' is not valid; use YYYY, YYYY-MM or YYYY-MM-DD Show row 3`,
      `Row 5 (${name(3)}): fields 'space-travel' is not in the list Show row 5`,
      `Row 6 (${name(4)}): source 1 address 'javascript:alert(1)' is not an http:// or https:// address Show row 6`,
    ]);
    // Each problem also sits next to its row in the grid.
    await expect(page.locator('tr[data-row="3"] .studio-row-problems')).toContainText('2004-13-10');

    // The refused download says why and saves nothing.
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: /partners\.geojson/ }).click();
    await expect(
      page.getByText('Not downloaded: 3 problems remain.', { exact: false }),
    ).toBeVisible();
    expect(downloads).toEqual([]);

    // The three valid rows preview on the real map.
    await page.getByRole('tab', { name: 'Preview on the map' }).click();
    await waitForMap(page);
    const list = page.getByRole('list', { name: 'Partners', exact: true });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    for (const i of [0, 2, 5]) await expect(list).toContainText(name(i));

    // Fix the date and the URL, remove the row with the unknown field: then it downloads.
    await page.getByRole('tab', { name: 'Sheet' }).click();
    await page.getByLabel('signed, row 3', { exact: true }).fill('2004-10-10');
    await page
      .getByLabel('source_1_url, row 6', { exact: true })
      .fill(FULL.features[4]!.properties.sources[0]!.url);
    await page.getByRole('button', { name: 'Remove row 5', exact: true }).click();
    await expect(page.getByText('No problems: every row is valid.')).toBeVisible();
    const geojson = await download(page, /partners\.geojson/);
    const ids = (JSON.parse(geojson.text) as typeof FULL).features.map((f) => f.properties.id);
    expect(ids).toEqual([0, 1, 2, 4, 5].map((i) => FULL.features[i]!.properties.id));
    expect(watched.foreign).toEqual([]);
  });

  test('Vietnamese problem text names the row and the partner', async ({ page }) => {
    await openStudio(page, 'vi');
    await page.getByLabel('signed, hàng 3', { exact: true }).fill('2004-13-10');
    await expect(page.getByTestId('studio-problems').getByRole('listitem')).toHaveText([
      `Hàng 3 (${FULL.features[1]!.properties.name.vi}): ngày ký '2004-13-10' không hợp lệ; cần YYYY, YYYY-MM hoặc YYYY-MM-DD Xem hàng 3`,
    ]);
  });

  test('a partner placed by clicking the map shows on the timeline and in the change summary', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const watched = watchPage(page);
    await openStudio(page);
    const years = SHIPPED.flatMap(({ properties: { signed } }) =>
      signed ? [Number(signed.slice(0, 4))] : [],
    );
    const first = Math.min(...years);
    // A year inside the timeline with no signing yet, so its bar appears only with the new partner.
    const year = Array.from({ length: 60 }, (_, i) => first + i).find((y) => !years.includes(y))!;

    await page.getByRole('tab', { name: 'Preview on the map' }).click();
    await waitForMap(page);
    await expect(page.locator(`.year-histogram [data-year="${year}"]`)).toHaveCount(0);
    await page.getByRole('button', { name: 'Place a new partner by clicking the map' }).click();
    const map = page.getByTestId('map');
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width * 0.2, y: box.height * 0.8 } });

    // The sheet opens at the new row, with the clicked point's coordinates.
    const row = SHIPPED.length + 2;
    const cell = (column: string) => page.getByLabel(`${column}, row ${row}`, { exact: true });
    await expect(cell('id')).toBeFocused();
    const lon = Number(await cell('lon').inputValue());
    const lat = Number(await cell('lat').inputValue());
    expect(lon).toBeGreaterThanOrEqual(-180);
    expect(lon).toBeLessThanOrEqual(180);
    expect(lat).toBeGreaterThan(-90);
    expect(lat).toBeLessThan(90);
    const values: Record<string, string> = {
      name_vi: 'Thành phố Thử Nghiệm',
      name_en: 'Test Harbour City',
      country: 'FR',
      kind: 'city',
      relation: 'mou',
      signed: String(year),
      fields: 'tourism',
      summary_vi: 'Một đối tác để thử xưởng dữ liệu.',
      summary_en: 'A partner to try the data studio.',
      source_1_title: 'Studio test source',
      source_1_url: 'https://example.org/studio-test',
    };
    for (const [column, value] of Object.entries(values)) await cell(column).fill(value);
    // The id follows the English name.
    await expect(cell('id')).toHaveValue('test-harbour-city');
    await expect(page.getByText('No problems: every row is valid.')).toBeVisible();

    await page.getByRole('tab', { name: 'Preview on the map' }).click();
    await expect(page.locator(`.year-histogram [data-year="${year}"]`)).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Partners', exact: true })).toContainText(
      'Test Harbour City',
    );

    await page.getByRole('tab', { name: 'Changes (1)' }).click();
    await expect(page.getByTestId('changes-added')).toHaveText(
      'Test Harbour City test-harbour-city',
    );
    await expect(page.getByTestId('changes-changed')).toHaveCount(0);
    expect(watched.foreign).toEqual([]);
  });

  test('the preview switches to kiosk and present with the edited partner, and back; leaving asks first', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const watched = watchPage(page);
    await openStudio(page);
    const at = 2;
    const edited = `${FULL.features[at]!.properties.name.en} (edited in the studio)`;
    const nameCell = page.getByLabel(`name_en, row ${at + 2}`, { exact: true });
    await nameCell.fill(edited);
    await expect(page.getByRole('tab', { name: 'Changes (1)' })).toBeVisible();

    await page.getByRole('tab', { name: 'Preview on the map' }).click();
    await waitForMap(page);
    const previewAs = page.getByLabel('Preview as');
    // Each mode shows its own part: the kiosk's Start over, the presenter's full-screen button.
    const modes = [
      { label: 'Kiosk (touch screen)', mode: 'kiosk', part: 'Start over' },
      { label: 'Presentation', mode: 'present', part: 'Full screen' },
    ];
    for (const { label, mode, part } of modes) {
      await previewAs.selectOption({ label });
      await expect(page.locator('html')).toHaveAttribute('data-mode', mode);
      await expect(page.getByRole('button', { name: part, exact: true })).toBeVisible();
      const item = page
        .getByRole('list', { name: 'Partners', exact: true })
        .getByRole('button', { name: new RegExp(escapeRe(edited)) });
      await expect(item).toBeVisible();
      await item.click();
      // The panel's title: the edited name, then the partner's own names.
      const panel = page.getByRole('dialog', { name: new RegExp(`^${escapeRe(edited)}`) });
      await expect(panel.getByRole('heading', { level: 2 })).toContainText(edited);
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
    }

    // Back to the web page and to the sheet: the edit is still there, in memory.
    await previewAs.selectOption({ label: 'Web page' });
    await expect(page.locator('html')).not.toHaveAttribute('data-mode', /^(kiosk|present)$/);
    await expect(page.getByRole('button', { name: 'Start over', exact: true })).toHaveCount(0);
    await page.getByRole('tab', { name: 'Sheet' }).click();
    await expect(nameCell).toHaveValue(edited);
    await expect(page.getByRole('tab', { name: 'Changes (1)' })).toBeVisible();
    expect(watched.foreign).toEqual([]);

    // Leaving the page with the edit not downloaded asks first.
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing at 1366×768 in the ${theme} theme, a problem shown, on the sheet, the preview and the changes`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const watched = watchPage(page);
      await page.goto(`./?mode=studio&lang=en&theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByText('No problems: every row is valid.')).toBeVisible({
        timeout: 45_000,
      });
      // One bad date, so the problem red is on screen (list, row header, cell).
      await page.getByLabel('signed, row 3', { exact: true }).fill('2004-13-10');
      await expect(problemsHeading(page)).toHaveText('Problems (1)');
      await expect(page.locator('tr[data-row="3"] .studio-row-problems')).toContainText(
        '2004-13-10',
      );
      // The problem red against what is behind it (WCAG formula here, not axe, which leaves
      // text over the scrolled grid unsure): at least 4.5:1.
      const { fg, bg } = await page
        .locator('tr[data-row="3"] .studio-row-problems li')
        .evaluate((el) => {
          let at: Element | null = el;
          let back = '';
          while (at && !back) {
            const c = getComputedStyle(at).backgroundColor;
            if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') back = c;
            at = at.parentElement;
          }
          return { fg: getComputedStyle(el).color, bg: back || 'rgb(255, 255, 255)' };
        });
      expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      const check = async () => {
        const results = await new AxeBuilder({ page }).analyze();
        return results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        );
      };
      expect(await check()).toEqual([]);
      await page.getByRole('tab', { name: 'Preview on the map' }).click();
      await waitForMap(page);
      expect(await check()).toEqual([]);
      await page.getByRole('tab', { name: /^Changes/ }).click();
      expect(await check()).toEqual([]);
      expect(watched.foreign).toEqual([]);
    });
  }
});
