import { expect, test, type Page } from '@playwright/test';
import { openApp, shippedPartners } from './support/app-page';

// The first view on a phone: the whole world is in view (arcs cross the Pacific), so names crowd
// around home. Every partner must be named (alone, or in its country's group with a count), and no
// name may lie over another, under the phone's sheet or under a map button.
// The boxes are the ones MapLibre drew: its collision grids hold each drawn label's screen box
// (names placed by the app are drawn with placement ignored, so they sit in its ignored grid).

const NAME_LAYERS = ['partner-labels', 'partner-group-labels', 'home-label'];
const ALL_LAYERS = [...NAME_LAYERS, 'sovereignty-labels', 'sea-label'];

interface Drawn {
  moving: boolean;
  /** Partners named: single names plus the counts of group names. */
  named: number;
  /** Pairs of drawn labels (one of them a name) overlapping by more than 2 px both ways. */
  overlaps: string[];
  /** Names not wholly in the map's readable part (off the map, under the sheet or a button). */
  hidden: string[];
}

function drawnLabels(page: Page): Promise<Drawn> {
  return page.evaluate(
    ([names, all]) => {
      interface Grid {
        boxKeys: { bucketInstanceId: number }[];
        bboxes: number[];
      }
      interface Query {
        bucketIndex: number;
        featureIndex: { bucketLayerIDs: string[][] };
      }
      const map = window.__partnerMap!.map as {
        isMoving: () => boolean;
        getContainer: () => HTMLElement;
        queryRenderedFeatures: (
          at: [number, number] | undefined,
          options: { layers: string[] },
        ) => { layer: { id: string }; properties: Record<string, unknown> }[];
        style: {
          placement: {
            collisionIndex: { grid: Grid; ignoredGrid: Grid };
            retainedQueryData: Record<number, Query>;
          };
        };
      };
      const { collisionIndex, retainedQueryData } = map.style.placement;
      const view = map.getContainer().getBoundingClientRect();
      // The grids hold screen px plus a 100 px margin around the map.
      const PAD = 100;
      const boxes: {
        layer: string;
        text: string;
        x0: number;
        y0: number;
        x1: number;
        y1: number;
      }[] = [];
      for (const grid of [collisionIndex.grid, collisionIndex.ignoredGrid])
        grid.boxKeys.forEach((key, i) => {
          const query = retainedQueryData[key.bucketInstanceId];
          const layer = query?.featureIndex.bucketLayerIDs[query.bucketIndex]?.[0] ?? '?';
          if (!all.includes(layer)) return;
          const [x0, y0, x1, y1] = grid.bboxes.slice(4 * i, 4 * i + 4).map((v) => v - PAD) as [
            number,
            number,
            number,
            number,
          ];
          const at: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
          const feature = map.queryRenderedFeatures(at, { layers: [layer] })[0];
          const p = feature?.properties ?? {};
          const text = String(p.label_en ?? p.name_en ?? p.id ?? layer);
          boxes.push({ layer, text, x0, y0, x1, y1 });
        });
      const overlaps: string[] = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          if (!names.includes(a.layer) && !names.includes(b.layer)) return;
          const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
          const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
          if (w > 2 && h > 2) overlaps.push(`"${a.text}" × "${b.text}" (${w | 0}×${h | 0} px)`);
        }),
      );
      // What covers the map: its buttons, and the sheet risen over its lower part.
      const covers = [...document.querySelectorAll('.map-controls > *, .dock')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0);
      const hidden = boxes
        .filter((b) => names.includes(b.layer))
        .filter((b) => {
          const [left, top] = [b.x0 + view.left, b.y0 + view.top];
          const [right, bottom] = [b.x1 + view.left, b.y1 + view.top];
          const off =
            left < view.left || top < view.top || right > view.right || bottom > view.bottom;
          const under = covers.some(
            (r) => left < r.right && r.left < right && top < r.bottom && r.top < bottom,
          );
          return off || under;
        })
        .map((b) => b.text);
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
      const named = [...counts.values()].reduce((n, c) => n + c, 0);
      return { moving: map.isMoving(), named, overlaps, hidden };
    },
    [NAME_LAYERS, ALL_LAYERS] as const,
  );
}

// Vietnamese names are longer: Gold Coast's name found no free place until the placer learned to try
// again with the names left out first. Main's label rules fail the English case (5 overlaps).
for (const lang of ['vi', 'en'] as const) {
  test(`phone 390×844 (${lang}): the first view names every partner, no name over another or hidden`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, `?lang=${lang}`);
    const total = shippedPartners().length;
    let last: Drawn | undefined;
    // Waits for the drawn state with every partner named (the labels arrive after the data).
    await expect
      .poll(async () => {
        last = await drawnLabels(page);
        return !last.moving && last.named === total;
      })
      .toBe(true);
    expect(last!.overlaps).toEqual([]);
    expect(last!.hidden).toEqual([]);
  });
}
