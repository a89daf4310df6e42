import type { Page } from '@playwright/test';
import type { RawPartner } from './app-page';
import { drawnLabelBoxes, type DrawnBox } from './drawn-labels';

// The partner, group and home names MapLibre drew (drawn-labels.ts), judged against the raw data.

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

const meet = (
  a: Omit<DrawnBox, 'layer' | 'text' | 'properties'>,
  b: typeof a,
): [number, number] => [
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0),
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0),
];

/** The drawn names in `lang`, measured against the raw partners. */
export async function drawnNames(
  page: Page,
  lang: 'vi' | 'en',
  partners: RawPartner[],
): Promise<Drawn> {
  const { moving, map, covers, boxes } = await drawnLabelBoxes(page, ALL_LAYERS);
  const names = boxes.filter((b) => NAME_LAYERS.includes(b.layer));
  const overlaps: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (!NAME_LAYERS.includes(a.layer) && !NAME_LAYERS.includes(b.layer)) return;
      const [w, h] = meet(a, b);
      if (w > 2 && h > 2) overlaps.push(`"${a.text}" × "${b.text}" (${w | 0}×${h | 0} px)`);
    }),
  );
  const hidden = names
    .filter((b) => {
      const off = b.x0 < 0 || b.y0 < 0 || b.x1 > map.width || b.y1 > map.height;
      return off || covers.some((c) => meet(b, c).every((d) => d > 0));
    })
    .map((b) => b.text);
  const partnerNames = names.filter((b) => b.layer !== 'home-label');
  const idsOf = (b: DrawnBox) =>
    b.properties.members ? String(b.properties.members).split(',') : [String(b.properties.id)];
  const textOf = (b: DrawnBox) =>
    String(b.properties[`label_${lang}`] ?? b.properties[`name_${lang}`] ?? b.text);
  // Each partner's marker, as MapLibre projects the raw coordinates (a world either side too).
  const raw = new Map(partners.map((p) => [p.properties.id, p.geometry.coordinates]));
  const wanted = [...new Set(partnerNames.flatMap(idsOf))].map((id) => raw.get(id)!);
  const projected = await page.evaluate((points) => {
    const m = window.__partnerMap!.map as {
      project: (p: [number, number]) => { x: number; y: number };
    };
    return points.map(([lon, lat]) => [-360, 0, 360].map((shift) => m.project([lon + shift, lat])));
  }, wanted);
  const at = new Map([...new Set(partnerNames.flatMap(idsOf))].map((id, i) => [id, projected[i]!]));
  const leaders = partnerNames.map((b) => {
    let px = Infinity;
    for (const id of idsOf(b))
      for (const { x, y } of at.get(id) ?? []) {
        const dx = Math.max(b.x0 - x, 0, x - b.x1);
        const dy = Math.max(b.y0 - y, 0, y - b.y1);
        px = Math.min(px, Math.hypot(dx, dy));
      }
    return { text: textOf(b), px: Math.round(px), h: b.y1 - b.y0 };
  });
  const seen = new Map<string, number>();
  for (const b of partnerNames) seen.set(textOf(b), (seen.get(textOf(b)) ?? 0) + 1);
  const repeated = [...seen].filter(([, n]) => n > 1).map(([t]) => t);
  // Partners named: every partner or group feature drawn, each id once (a feature may come back
  // once per tile it touches).
  const counts = await page.evaluate(() => {
    const m = window.__partnerMap!.map as {
      queryRenderedFeatures: (
        at: undefined,
        options: { layers: string[] },
      ) => { layer: { id: string }; properties: Record<string, unknown> }[];
    };
    const rendered = m.queryRenderedFeatures(undefined, {
      layers: ['partner-labels', 'partner-group-labels'],
    });
    return rendered.map((f) => [
      String(f.properties.id),
      f.layer.id === 'partner-labels' ? 1 : Number(f.properties.point_count),
    ]) as [string, number][];
  });
  const named = [...new Map(counts).values()].reduce((n, c) => n + c, 0);
  return { moving, named, overlaps, hidden, leaders, repeated };
}
