import { type Page } from '@playwright/test';

export interface DrawnBox {
  layer: string;
  /** The label's English name (or its id): for messages. */
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface DrawnState {
  moving: boolean;
  /** The map's size, and what covers it (its buttons, a risen sheet), in map px. */
  map: { width: number; height: number };
  covers: Omit<DrawnBox, 'layer' | 'text'>[];
  boxes: DrawnBox[];
}

/**
 * The screen boxes (map px) of the labels MapLibre drew in `layers`, read from its collision grids:
 * they hold each drawn label's box (labels drawn with placement ignored are in the ignored grid).
 * Tied to MapLibre's internals (`style.placement`), checked with maplibre-gl 6.
 */
export function drawnLabelBoxes(page: Page, layers: readonly string[]): Promise<DrawnState> {
  return page.evaluate((wanted) => {
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
        at: [number, number],
        options: { layers: string[] },
      ) => { properties: Record<string, unknown> }[];
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
    const boxes: DrawnBox[] = [];
    for (const grid of [collisionIndex.grid, collisionIndex.ignoredGrid])
      grid.boxKeys.forEach((key, i) => {
        const query = retainedQueryData[key.bucketInstanceId];
        const layer = query?.featureIndex.bucketLayerIDs[query.bucketIndex]?.[0] ?? '?';
        if (!wanted.includes(layer)) return;
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
        const text = String(p.label_en ?? p.name_en ?? p.id ?? layer);
        boxes.push({ layer, text, x0, y0, x1, y1 });
      });
    const covers = [...document.querySelectorAll('.map-controls > *, .dock')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => ({
        x0: r.left - view.left,
        y0: r.top - view.top,
        x1: r.right - view.left,
        y1: r.bottom - view.top,
      }));
    return {
      moving: map.isMoving(),
      map: { width: view.width, height: view.height },
      covers,
      boxes,
    };
  }, layers);
}
