import { expect, test } from '@playwright/test';
import { openApp, shippedPartners } from './support/app-page';
import { drawnNames, type Drawn } from './support/drawn-names';

// The first view at each size: every partner must be named (alone, or in its country's group with
// a count); no name may lie over another, under the phone's sheet or under a map button; no two
// names may read the same; and each name must sit near one of its markers (MapLibre's projection of
// the raw file's coordinates), within `reach` name heights from its box. On the smallest maps the
// whole world is a few hundred px wide and some twenty names crowd around home, so they reach
// further there (with leaders). The boxes are the ones MapLibre drew (see support/drawn-labels.ts).

interface View {
  size: [number, number];
  query: string;
  /** Farthest and median distance from a name to its marker, in name heights. */
  reach: { max: number; median: number };
}

const SMALL = { max: 7, median: 3.5 };
// The 800×600 embed's world is still small (the timeline takes half its height): a little further.
const MEDIUM = { max: 5, median: 2.5 };
const LARGE = { max: 4, median: 2 };

// One page per view. Kiosk sizes may join this list.
const VIEWS: View[] = [
  { size: [390, 844], query: 'lang=vi', reach: SMALL },
  { size: [390, 844], query: 'lang=en', reach: SMALL },
  { size: [360, 640], query: 'lang=vi', reach: SMALL },
  { size: [360, 480], query: 'mode=embed&lang=vi', reach: SMALL },
  { size: [800, 600], query: 'mode=embed&lang=vi', reach: MEDIUM },
  { size: [1366, 768], query: 'lang=vi', reach: LARGE },
  { size: [1366, 768], query: 'lang=en', reach: LARGE },
  { size: [3840, 2160], query: 'mode=present&lang=vi', reach: LARGE },
];

for (const { size, query, reach } of VIEWS) {
  test(`${size.join('×')} ${query}: the first view names every partner, apart, distinct and near`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: size[0], height: size[1] });
    await openApp(page, `?${query}`);
    const partners = shippedPartners();
    const lang = query.includes('lang=en') ? 'en' : 'vi';
    let last: Drawn | undefined;
    // Waits for the drawn state with every partner named (the labels arrive after the data).
    await expect
      .poll(async () => {
        last = await drawnNames(page, lang, partners);
        return !last.moving && last.named === partners.length;
      })
      .toBe(true);
    // Soft: one run reports every kind of fault.
    expect.soft(last!.overlaps).toEqual([]);
    expect.soft(last!.hidden).toEqual([]);
    expect.soft(last!.repeated).toEqual([]);
    const heights = last!.leaders.map((l) => ({ text: l.text, n: l.px / l.h }));
    const far = heights.filter((l) => l.n > reach.max).map((l) => `${l.text} ${l.n.toFixed(1)}`);
    expect.soft(far).toEqual([]);
    const sorted = heights.map((l) => l.n).sort((a, b) => a - b);
    expect(sorted[sorted.length >> 1]).toBeLessThanOrEqual(reach.median);
  });
}
