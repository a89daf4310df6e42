import { expect, test, type Page } from '@playwright/test';
import { openApp, shippedPartners } from './support/app-page';
import { drawnLabelBoxes, type DrawnBox, type DrawnState } from './support/drawn-labels';

// The kiosk's map is read standing at arm's length, landscape or on a portrait totem: every partner
// named (alone or in its group's count) in type a visitor can read, no name over another, and on
// the totem a map that takes most of the screen with the world across its whole width.

const NAMES = ['partner-labels', 'partner-group-labels', 'home-label'];
const LAYERS = [...NAMES, 'sovereignty-labels', 'sea-label'];
/** MapLibre pads each text box by 2 px a side; its line is 1.2 em (the style spec's defaults). */
const PADDING = 2;
const LINE = 1.2;
/**
 * Two names' lines may share this much each way, inside the line's leading (0.2 em, 3.4 px at 17 px)
 * where no letter is drawn: label-room.spec.ts's 2 px, on the lines rather than the padded boxes.
 * (MapLibre draws a name anchored above or below its marker 7/24 em nearer to it than the app's
 * layout assumes, so a name below another can sit a few px into its padding.)
 */
const SHARED = 2;
/** The least type size, CSS px, for a partner's or a group's name on the kiosk. */
const NAME_PX = 16;
/** The kiosk's least control size, both ways (frame.css; screens.spec checks every control). */
const TAP = 64;

/** A drawn label's own lines, without MapLibre's padding. */
const inner = (b: DrawnBox) => ({
  ...b,
  x0: b.x0 + PADDING,
  y0: b.y0 + PADDING,
  x1: b.x1 - PADDING,
  y1: b.y1 - PADDING,
});

/** What a visitor would see wrong with the map's names. */
function nameProblems(drawn: DrawnState): string[] {
  const problems: string[] = [];
  const boxes = drawn.boxes.map(inner);
  for (const b of boxes.filter((b) => b.layer !== 'home-label' && NAMES.includes(b.layer))) {
    const size = (b.y1 - b.y0) / LINE;
    if (size < NAME_PX - 0.05) problems.push(`"${b.text}" drawn at ${size.toFixed(1)} px`);
  }
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (!NAMES.includes(a.layer) && !NAMES.includes(b.layer)) return;
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w > SHARED && h > SHARED)
        problems.push(`"${a.text}" × "${b.text}" (${w | 0}×${h | 0} px)`);
    }),
  );
  // Off the map, or under its buttons or the dock (map px).
  const { map, covers } = drawn;
  for (const b of boxes.filter((b) => NAMES.includes(b.layer))) {
    const off = b.x0 < 0 || b.y0 < 0 || b.x1 > map.width || b.y1 > map.height;
    const under = covers.some((r) => b.x0 < r.x1 && r.x0 < b.x1 && b.y0 < r.y1 && r.y0 < b.y1);
    if (off || under) problems.push(`"${b.text}" hidden`);
  }
  return problems;
}

/** Partners named (single names plus group counts), the world's drawn width, the page's height. */
function mapFacts(page: Page) {
  return page.evaluate(() => {
    const map = window.__partnerMap!.map as {
      project: (at: [number, number]) => { x: number; y: number };
      queryRenderedFeatures: (
        at: undefined,
        options: { layers: string[] },
      ) => { layer: { id: string }; properties: Record<string, unknown> }[];
    };
    const rendered = map.queryRenderedFeatures(undefined, {
      layers: ['partner-labels', 'partner-group-labels'],
    });
    // A feature may come back once per tile it touches: count each id once.
    const counts = new Map(
      rendered.map((f) => [
        String(f.properties.id),
        f.layer.id === 'partner-labels' ? 1 : Number(f.properties.point_count),
      ]),
    );
    return {
      named: [...counts.values()].reduce((n, c) => n + c, 0),
      // MapLibre's projection of the antimeridian's two sides at the equator.
      world: map.project([180, 0]).x - map.project([-180, 0]).x,
      scrollHeight: document.documentElement.scrollHeight,
    };
  });
}

for (const [width, height] of [
  [1920, 1080],
  [1080, 1920],
] as const) {
  for (const lang of ['vi', 'en'] as const) {
    test(`kiosk ${width}×${height} (${lang}): every partner named in ${NAME_PX}-px type, none over another`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height });
      await openApp(page, `?mode=kiosk&lang=${lang}`);
      const total = shippedPartners().length;
      let drawn: DrawnState | undefined;
      let facts: Awaited<ReturnType<typeof mapFacts>> | undefined;
      // The names arrive after the data: wait for the drawn state with every partner named.
      await expect
        .poll(async () => {
          drawn = await drawnLabelBoxes(page, LAYERS);
          facts = await mapFacts(page);
          return !drawn.moving && facts.named === total;
        })
        .toBe(true);
      expect(facts!.scrollHeight).toBe(height);
      // The map's buttons are one column of equal buttons (the globe one no wider).
      const buttons = await page
        .locator('.map-controls > *')
        .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().width)));
      expect(new Set(buttons).size, `map button widths ${buttons.join(', ')}`).toBe(1);
      if (height > width) {
        // The totem: the map is half the screen or more, the world across its whole width.
        const share = (drawn!.map.width * drawn!.map.height) / (width * height);
        expect(share).toBeGreaterThanOrEqual(0.5);
        expect(facts!.world).toBeGreaterThanOrEqual(drawn!.map.width - 1);
      }
      expect(nameProblems(drawn!)).toEqual([]);
      // The home name is the map's largest.
      const home = drawn!.boxes.find((b) => b.layer === 'home-label')!;
      expect((home.y1 - home.y0 - 2 * PADDING) / LINE).toBeGreaterThanOrEqual(NAME_PX);
    });
  }
}

test('kiosk: a tap 22 px beside a small marker opens its partner (a 44 px target)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, '?mode=kiosk&lang=en');
  // Houston: a letter of intent, one of the smallest markers (data/config.json), alone on the map.
  const houston = shippedPartners().find((p) => p.properties.name.en === 'Houston')!;
  await expect
    .poll(() =>
      page.evaluate(() => (window.__partnerMap!.map as { isMoving: () => boolean }).isMoving()),
    )
    .toBe(false);
  const at = await page.evaluate((lngLat) => {
    const map = window.__partnerMap!.map as {
      project: (at: [number, number]) => { x: number; y: number };
      getContainer: () => HTMLElement;
    };
    const p = map.project(lngLat);
    const r = map.getContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, houston.geometry.coordinates);
  await page.mouse.click(at.x + 22, at.y);
  await expect(page.getByRole('dialog', { name: 'Houston' })).toBeVisible();
});

/** Where a portrait kiosk's parts sit (CSS px), with the shipped partners' markers as MapLibre projects them. */
function portraitFacts(page: Page, points: [number, number][]) {
  return page.evaluate((points) => {
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    const map = window.__partnerMap!.map as {
      project: (at: [number, number]) => { x: number; y: number };
      getContainer: () => HTMLElement;
    };
    const mapBox = map.getContainer().getBoundingClientRect();
    const marks = points.map((p) => map.project(p));
    const [panels, start] = [box('.dock-panels'), box('.start-over')];
    // List rows wholly in the panel's view and above Start over.
    const rows = [...document.querySelectorAll('#partner-list > li')]
      .map((li) => li.getBoundingClientRect())
      .filter((r) => r.height > 0 && r.top >= panels.top - 0.5)
      .filter((r) => r.bottom <= Math.min(panels.bottom, start.top) + 0.5).length;
    const staff = document.querySelector('.operator-view')!;
    const staffType = [...staff.querySelectorAll('h2, dt, dd, button')].map((el) =>
      parseFloat(getComputedStyle(el).fontSize),
    );
    const rect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return {
      header: rect(box('.app-header')),
      title: rect(box('.app-title')),
      tools: [...document.querySelectorAll('.header-actions button')].map((b) =>
        rect(b.getBoundingClientRect()),
      ),
      map: rect(mapBox),
      start: rect(start),
      staff: rect(staff.getBoundingClientRect()),
      staffType: Math.min(...staffType),
      rows,
      ys: marks.map((m) => m.y),
      xs: marks.map((m) => m.x),
    };
  }, points);
}

type Box = { left: number; top: number; right: number; bottom: number };
const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

// A totem's first view: the header one row, the partners using the map's height (the world wider
// than the map), several partners listed above Start over, and the staff strip clear of all three.
for (const [width, height, lang, rows] of [
  [1080, 1920, 'vi', 4],
  [768, 1366, 'en', 3],
] as const) {
  test(`kiosk portrait ${width}×${height} (${lang}): one-row header, partners across the map, list rows above Start over, staff strip clear`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await openApp(page, `?mode=kiosk&lang=${lang}&idle=3600&health=1`);
    const total = shippedPartners().length;
    await expect
      .poll(async () => {
        const drawn = await drawnLabelBoxes(page, NAMES);
        return !drawn.moving && (await mapFacts(page)).named === total;
      })
      .toBe(true);
    const points = shippedPartners().map((p) => p.geometry.coordinates);
    const f = await portraitFacts(page, points);

    // One row: every tool at one height, beside the title, and the header shorter than two rows
    // of tap targets (a second row of tools, or the title over them, would not be).
    expect(f.tools.length).toBeGreaterThanOrEqual(3);
    for (const t of f.tools) {
      expect(Math.abs(t.top - f.tools[0]!.top), 'tools in one row').toBeLessThanOrEqual(1);
      expect(Math.min(t.right - t.left, t.bottom - t.top)).toBeGreaterThanOrEqual(TAP);
    }
    expect(f.title.right).toBeLessThanOrEqual(f.tools[0]!.left);
    expect(f.header.bottom - f.header.top).toBeLessThan(2 * TAP);

    // The partners use the map's height: the markers' span at least this share of it (with the
    // world across the width only, about a third), every marker on the map.
    const mapHeight = f.map.bottom - f.map.top;
    const span = Math.max(...f.ys) - Math.min(...f.ys);
    expect(
      span / mapHeight,
      `markers span ${span | 0} of ${mapHeight | 0} px`,
    ).toBeGreaterThanOrEqual(0.36);
    expect(Math.min(...f.ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...f.ys)).toBeLessThanOrEqual(mapHeight);
    expect(Math.min(...f.xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...f.xs)).toBeLessThanOrEqual(f.map.right - f.map.left);

    // Several partners listed in full above Start over.
    expect(f.rows, 'list rows above Start over').toBeGreaterThanOrEqual(rows);

    // The staff strip: readable, and over none of the map, the title or Start over.
    expect(f.staffType).toBeGreaterThanOrEqual(14);
    expect(overlap(f.staff, f.map), 'staff strip over the map').toBe(false);
    expect(overlap(f.staff, f.title), 'staff strip over the title').toBe(false);
    expect(overlap(f.staff, f.start), 'staff strip over Start over').toBe(false);
  });
}
