import type { Page } from '@playwright/test';
import type { RawPartner } from './app-page';

// Reads the names MapLibre drew: its collision grids hold each drawn label's screen box (names
// placed by the app are drawn with placement ignored, so they sit in its ignored grid). Tied to
// maplibre-gl 6.17's internals (`style.placement.collisionIndex`).

const NAME_LAYERS = ['partner-labels', 'partner-group-labels', 'home-label'];
const ALL_LAYERS = [...NAME_LAYERS, 'sovereignty-labels', 'sea-label'];

export interface Drawn {
  moving: boolean;
  /** Partners named: single names plus the counts of group names. */
  named: number;
  /** Pairs of drawn labels (one of them a name) overlapping by more than 2 px both ways. */
  overlaps: string[];
  /** Names not wholly in the map's readable part (off the map, under the sheet or a button). */
  hidden: string[];
  /**
   * Each partner or group name with its distance, in px, from the nearest point of its box to the
   * nearest of its partners' markers, projected by MapLibre from the raw file's coordinates, and
   * its box's height (one line, as drawn).
   */
  leaders: { text: string; px: number; h: number }[];
  /** Texts drawn more than once among the partner and group names. */
  repeated: string[];
}

/** The drawn names in `lang`, measured against the raw partners (id → [lon, lat]). */
export function drawnLabels(page: Page, lang: 'vi' | 'en', partners: RawPartner[]): Promise<Drawn> {
  const raw = Object.fromEntries(partners.map((p) => [p.properties.id, p.geometry.coordinates]));
  return page.evaluate(
    ([names, all, lang, raw]) => {
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
        project: (lngLat: [number, number]) => { x: number; y: number };
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
        ids: string[];
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
          const text = String(p[`label_${lang}`] ?? p[`name_${lang}`] ?? p.id ?? layer);
          const ids = p.members ? String(p.members).split(',') : p.id ? [String(p.id)] : [];
          boxes.push({ layer, text, ids, x0, y0, x1, y1 });
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
      const partnerNames = boxes.filter((b) => b.layer !== 'home-label' && names.includes(b.layer));
      // Distance from a box to a point (0 inside); a marker may be drawn a world away (±360°).
      const leaders = partnerNames.map((b) => {
        let px = Infinity;
        for (const id of b.ids)
          for (const shift of [-360, 0, 360]) {
            const [lon, lat] = raw[id]!;
            const { x, y } = map.project([lon + shift, lat]);
            const dx = Math.max(b.x0 - x, 0, x - b.x1);
            const dy = Math.max(b.y0 - y, 0, y - b.y1);
            px = Math.min(px, Math.hypot(dx, dy));
          }
        return { text: b.text, px: Math.round(px), h: b.y1 - b.y0 };
      });
      const seen = new Map<string, number>();
      for (const b of partnerNames) seen.set(b.text, (seen.get(b.text) ?? 0) + 1);
      const repeated = [...seen].filter(([, n]) => n > 1).map(([t]) => t);
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
      return { moving: map.isMoving(), named, overlaps, hidden, leaders, repeated };
    },
    [NAME_LAYERS, ALL_LAYERS, lang, raw] as const,
  );
}
