import type { Page } from '@playwright/test';
import type { RawPartner } from './app-page';

/** What one map draws, read with one bulk queryRenderedFeatures; positions in CSS px. */
export interface Drawn {
  width: number;
  height: number;
  /** Partner markers: one entry per rendered feature (copies included). */
  markers: { id: string; x: number; y: number; r: number }[];
  groups: { id: string; x: number; y: number; r: number; count: number; members: string[] }[];
  /** Rendered label text by feature id (partners and groups). */
  labels: Record<string, string[]>;
  /** Raw coordinates projected on this map, by partner id. */
  projected: Record<string, [number, number]>;
  /** Partners whose other world copies (lon ± 360) also fall inside the canvas, when copies render. */
  copies: string[];
}

type MapLike = import('maplibre-gl').Map;

/** Waits for every map to settle, then reads what each one draws. */
export async function readMaps(page: Page, raw: readonly RawPartner[]): Promise<Drawn[]> {
  const coords = Object.fromEntries(raw.map((p) => [p.properties.id, p.geometry.coordinates]));
  await page.evaluate(async () => {
    const hook = window.__partnerMap!;
    for (const m of [hook.map, ...hook.insets] as MapLike[])
      await new Promise<void>((done) => {
        const check = () => (m.loaded() && !m.isMoving() ? done() : m.once('idle', check));
        check();
      });
  });
  return page.evaluate((coords) => {
    const hook = window.__partnerMap!;
    return ([hook.map, ...hook.insets] as MapLike[]).map((map) => {
      const canvas = map.getCanvas();
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      const layers = ['partners', 'partner-labels', 'partner-groups', 'partner-group-labels'];
      const found = map.queryRenderedFeatures({ layers: layers.filter((l) => map.getLayer(l)) });
      const drawn: Drawn = {
        width,
        height,
        markers: [],
        groups: [],
        labels: {},
        projected: {},
        copies: [],
      };
      for (const f of found) {
        const id = String(f.properties.id);
        const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        const p = map.project([lon, lat]);
        const paint = f.layer.paint as Record<string, number>;
        const layout = f.layer.layout as Record<string, unknown>;
        if (f.layer.id === 'partners') {
          const r = paint['circle-radius']! + (paint['circle-stroke-width'] ?? 0) / 2;
          drawn.markers.push({ id, x: p.x, y: p.y, r });
        } else if (f.layer.id === 'partner-groups') {
          const r = paint['circle-radius']! + (paint['circle-stroke-width'] ?? 0) / 2;
          const count = Number(f.properties.point_count);
          const members = String(f.properties.members).split(',');
          drawn.groups.push({ id, x: p.x, y: p.y, r, count, members });
        } else {
          const field = layout['text-field'] as { sections?: { text: string }[] } | string;
          const text =
            typeof field === 'string' ? field : (field.sections ?? []).map((s) => s.text).join('');
          // From zoom 4 a partner's own name is a second line under its name: the first line names it.
          (drawn.labels[id] ??= []).push(text.split('\n')[0]!);
        }
      }
      for (const [id, c] of Object.entries(coords)) {
        const p = map.project(c as [number, number]);
        drawn.projected[id] = [p.x, p.y];
        if (!map.getRenderWorldCopies()) continue;
        const inside = [-360, 0, 360].filter((k) => {
          const q = map.project([c[0]! + k, c[1]!]);
          return q.x >= 0 && q.x <= width && q.y >= 0 && q.y <= height;
        });
        if (inside.length > 1) drawn.copies.push(id);
      }
      return drawn;
    });
  }, coords);
}

/** Area shared by two discs. */
export function discOverlap(a: { x: number; y: number; r: number }, b: typeof a): number {
  const d = Math.hypot(a.x - b.x, a.y - b.y);
  if (d >= a.r + b.r) return 0;
  if (d <= Math.abs(a.r - b.r)) return Math.PI * Math.min(a.r, b.r) ** 2;
  const [r, R] = [a.r, b.r];
  const alpha = Math.acos((d * d + r * r - R * R) / (2 * d * r));
  const beta = Math.acos((d * d + R * R - r * r) / (2 * d * R));
  return (
    r * r * alpha +
    R * R * beta -
    0.5 * Math.sqrt((-d + r + R) * (d + r - R) * (d - r + R) * (d + r + R))
  );
}

export interface Verdict {
  shown: number;
  notIdentifiable: string[];
  drawnTwice: string[];
  groups: number;
  singles: number;
}

/**
 * The issue's definition, from the raw data: a shown partner is identifiable when its own marker
 * overlaps no other marker by more than a quarter of its area and its name is drawn, or when it is
 * in a group whose marker sits within its members' footprint and shows their country and count.
 */
export function judge(
  maps: readonly Drawn[],
  shown: readonly RawPartner[],
  countryName: (code: string) => string,
): Verdict {
  const byId = new Map(shown.map((p) => [p.properties.id, p]));
  const notIdentifiable = new Set(byId.keys());
  const drawnTwice = new Set<string>();
  for (const map of maps) {
    const singles = new Map<string, { x: number; y: number; r: number }[]>();
    for (const m of map.markers) {
      const list = singles.get(m.id) ?? [];
      // The same feature may come back once per tile it touches: count distinct positions.
      if (!list.some((o) => Math.hypot(o.x - m.x, o.y - m.y) < 1)) list.push(m);
      singles.set(m.id, list);
    }
    const groups = new Map(map.groups.map((g) => [g.id, g]));
    const discs = [...[...singles.values()].flat(), ...groups.values()];
    const inGroups = new Map<string, number>();
    for (const g of groups.values())
      for (const id of g.members) inGroups.set(id, (inGroups.get(id) ?? 0) + 1);
    for (const [id, p] of byId) {
      const own = singles.get(id) ?? [];
      if (own.length + (inGroups.get(id) ?? 0) > 1 || map.copies.includes(id)) drawnTwice.add(id);
      const marker = own[0];
      if (marker) {
        const worst = Math.max(
          0,
          ...discs.filter((d) => d !== marker).map((d) => discOverlap(marker, d)),
        );
        const named = (map.labels[id] ?? []).includes(p.properties.name.en);
        if (named && worst <= 0.25 * Math.PI * marker.r ** 2) notIdentifiable.delete(id);
        continue;
      }
      const group = [...groups.values()].find((g) => g.members.includes(id));
      if (!group) continue;
      const members = group.members.map((m) => byId.get(m));
      const sameCountry = members.every((m) => m?.properties.country === p.properties.country);
      const xs = group.members.map((m) => map.projected[m]![0]);
      const ys = group.members.map((m) => map.projected[m]![1]);
      const within =
        group.x >= Math.min(...xs) - 1 &&
        group.x <= Math.max(...xs) + 1 &&
        group.y >= Math.min(...ys) - 1 &&
        group.y <= Math.max(...ys) + 1;
      const expected = `${countryName(p.properties.country)} · ${group.members.length}`;
      const labelled = (map.labels[group.id] ?? []).includes(expected);
      if (sameCountry && within && labelled && group.count === group.members.length)
        notIdentifiable.delete(id);
    }
  }
  return {
    shown: byId.size,
    notIdentifiable: [...notIdentifiable],
    drawnTwice: [...drawnTwice],
    groups: maps.reduce((n, m) => n + m.groups.length, 0),
    singles: maps.reduce((n, m) => n + new Set(m.markers.map((x) => x.id)).size, 0),
  };
}
