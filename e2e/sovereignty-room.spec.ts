import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp, ROOT } from './support/app-page';
import { drawnLabelBoxes, type DrawnState } from './support/drawn-labels';

// The names of Vietnam's archipelagos and of the East Sea must be read whole in the first view: on
// a narrow map they broke into two long lines that ran off the map's edge (phone, English) or under
// its buttons (small embeds). Now they break into as many lines as fit beside their points.

const LAYERS = ['sovereignty-labels', 'sea-label'];
const raw = JSON.parse(readFileSync(`${ROOT}data/basemap/sovereignty.geojson`, 'utf8')) as {
  features: { properties: { kind: string } }[];
};
const labelCount = raw.features.filter((f) =>
  /^(archipelago|sea)-label$/.test(f.properties.kind),
).length;

/** Labels not wholly on the map, or under one of its buttons or the sheet (> 2 px each way). */
function hiddenLabels({ map, covers, boxes }: DrawnState): string[] {
  return boxes
    .filter((b) => {
      const off = b.x0 < 0 || b.y0 < 0 || b.x1 > map.width || b.y1 > map.height;
      const under = covers.some(
        (c) =>
          Math.min(b.x1, c.x1) - Math.max(b.x0, c.x0) > 2 &&
          Math.min(b.y1, c.y1) - Math.max(b.y0, c.y0) > 2,
      );
      return off || under;
    })
    .map((b) => `${b.text} [${b.x0 | 0}, ${b.y0 | 0}, ${b.x1 | 0}, ${b.y1 | 0}]`);
}

for (const [width, height, query] of [
  [390, 844, 'lang=en'],
  [390, 844, 'lang=vi'],
  [800, 600, 'mode=embed&lang=en'],
  // Not yet the 360×480 embed (nor 360×640 and 320-px phones): its shorter header (session 7) gives a
  // larger world, so the archipelagos sit nearer the button column than the word "archipelago" is
  // wide, and the names touch the buttons by a few px. Open in the closing note.
] as const) {
  test(`${width}×${height} ${query}: the archipelagos' and the sea's names are whole on the map, clear of its buttons`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, `?${query}`);
    let last: DrawnState | undefined;
    // Waits for the still, drawn state with every fixed label placed (the names arrive after the land).
    await expect
      .poll(async () => {
        last = await drawnLabelBoxes(page, LAYERS);
        return !last.moving && last.boxes.length === labelCount;
      })
      .toBe(true);
    expect(hiddenLabels(last!)).toEqual([]);
  });
}
