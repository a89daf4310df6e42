import { type Page } from '@playwright/test';

// The map's labels as MapLibre drew them: its collision grids hold each drawn label's screen box
// (names the app placed are drawn with placement ignored, so they sit in its ignored grid). Read
// from MapLibre's internals (`style.placement`), as label-room.spec.ts does: tied to maplibre-gl 6.

export interface DrawnBox {
  layer: string;
  text: string;
  /** Screen box in CSS px relative to the map, with MapLibre's 2 px text padding on each side. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface DrawnMap {
  moving: boolean;
  boxes: DrawnBox[];
  /** Partners named: single names plus the counts of group names. */
  named: number;
  /** The map's box and the window, in CSS px. */
  map: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  /** What covers the map: its buttons, and the dock (a sheet risen over it). */
  covers: { left: number; top: number; right: number; bottom: number }[];
  /** The whole world's width on screen (MapLibre's projection of ±180° at the equator). */
  world: number;
  window: { width: number; height: number; scrollHeight: number };
}

export function drawnMap(page: Page, layers: readonly string[]): Promise<DrawnMap> {
  return page.evaluate((all) => {
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
      project: (at: [number, number]) => { x: number; y: number };
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
    // The grids hold screen px plus a 100 px margin around the map.
    const PAD = 100;
    const boxes: DrawnBox[] = [];
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
        const feature = map.queryRenderedFeatures([(x0 + x1) / 2, (y0 + y1) / 2], {
          layers: [layer],
        })[0];
        const p = feature?.properties ?? {};
        boxes.push({
          layer,
          text: String(p.label_en ?? p.name_en ?? p.id ?? layer),
          x0,
          y0,
          x1,
          y1,
        });
      });
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
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return {
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
        width: r.width,
        height: r.height,
      };
    };
    return {
      moving: map.isMoving(),
      boxes,
      named: [...counts.values()].reduce((n, c) => n + c, 0),
      map: rect(map.getContainer()),
      covers: [...document.querySelectorAll('.map-controls > *, .dock')]
        .map(rect)
        .filter((r) => r.width > 0),
      world: map.project([180, 0]).x - map.project([-180, 0]).x,
      window: {
        width: innerWidth,
        height: innerHeight,
        scrollHeight: document.documentElement.scrollHeight,
      },
    };
  }, layers);
}
