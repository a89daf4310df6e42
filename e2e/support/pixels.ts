import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { shippedConfig, shippedPartners } from './app-page';
import { slerp } from './geo';

/**
 * Partners that stand alone on the whole-network view, far from any other partner and arc end:
 * their marker's centre pixel is their own. Crowded partners may be grouped; these are not.
 */
export const ISOLATED = ['pittsburgh', 'mar-del-plata', 'gold-coast'] as const;
export type IsolatedId = (typeof ISOLATED)[number];

type Rgb = [number, number, number];

const hex = (c: string): Rgb => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as Rgb;

/** A partner's colour on the map, from the raw files: the colour of its first field in data/config.json. */
export function fieldColour(id: string): Rgb {
  const partner = shippedPartners().find((p) => p.properties.id === id);
  if (!partner) throw new Error(`no partner ${id} in data/partners.geojson`);
  const field = shippedConfig().fields.find((f) => f.id === partner.properties.fields[0]);
  if (!field) throw new Error(`${id}: its first field is not in data/config.json`);
  return hex(field.color);
}

const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

export interface Probe {
  /** Nearest colour distance to the partner's field colour within 2 px of its projected position. */
  marker: number;
  /** The same, within 3 px of the projected great-circle midpoint of its arc from home. */
  arc: number;
}

/**
 * Reads the screen where the map draws the given partners: projects their places (and arc midpoints,
 * computed here with independent spherical maths) with the map's own camera, takes a screenshot and
 * decodes it. A probe point covered by another element is an error, not a silent miss.
 */
export async function probePartners(page: Page, ids: readonly string[] = ISOLATED) {
  const home = shippedConfig().home.coordinates;
  const places = ids.map((id) => {
    const p = shippedPartners().find((x) => x.properties.id === id)!;
    return { id, at: p.geometry.coordinates, mid: slerp(home, p.geometry.coordinates, 0.5) };
  });
  // Let the map finish drawing the current state before reading it.
  await page.waitForFunction(() => {
    const map = window.__partnerMap?.map as import('maplibre-gl').Map | undefined;
    return Boolean(map?.loaded() && !map.isMoving());
  });
  const points = await page.evaluate((list) => {
    const map = window.__partnerMap!.map as import('maplibre-gl').Map;
    const box = map.getCanvas().getBoundingClientRect();
    const toPage = (lngLat: [number, number]) => {
      const p = map.project(lngLat);
      const x = box.left + p.x;
      const y = box.top + p.y;
      const hit = document.elementFromPoint(x, y);
      return {
        x,
        y,
        covered: hit === map.getCanvas() ? null : (hit?.outerHTML.slice(0, 80) ?? 'off-screen'),
      };
    };
    return list.map((p) => ({ id: p.id, marker: toPage(p.at), arc: toPage(p.mid) }));
  }, places);
  const png = PNG.sync.read(await page.screenshot());
  const scale = png.width / (page.viewportSize()?.width ?? png.width);
  const nearest = (pt: { x: number; y: number }, radius: number, want: Rgb) => {
    let best = Infinity;
    for (let dy = -radius; dy <= radius; dy++)
      for (let dx = -radius; dx <= radius; dx++) {
        const x = Math.round((pt.x + dx) * scale);
        const y = Math.round((pt.y + dy) * scale);
        if (x < 0 || y < 0 || x >= png.width || y >= png.height) continue;
        const i = (y * png.width + x) * 4;
        best = Math.min(best, distance([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], want));
      }
    return best;
  };
  const result: Record<string, Probe> = {};
  for (const p of points) {
    for (const part of ['marker', 'arc'] as const)
      if (p[part].covered) throw new Error(`${p.id}'s ${part} is covered by ${p[part].covered}`);
    const want = fieldColour(p.id);
    result[p.id] = { marker: nearest(p.marker, 2, want), arc: nearest(p.arc, 3, want) };
  }
  return result;
}

// Measured on the shipped data (light and dark themes): a drawn marker's centre is its field colour
// exactly (distance 0) and a drawn arc's blended pixel is within ~55; hidden ones are over 120 away.
const MARKER_DRAWN = 16;
const ARC_DRAWN = 80;

/** Which of `ids` the screen shows: markers and arcs, each sorted, read from the pixels. */
export async function drawnPartners(page: Page, ids: readonly string[] = ISOLATED) {
  const probes = await probePartners(page, ids);
  const pick = (test: (p: Probe) => boolean) => ids.filter((id) => test(probes[id]!)).sort();
  return { markers: pick((p) => p.marker < MARKER_DRAWN), arcs: pick((p) => p.arc < ARC_DRAWN) };
}

/** The exact sets `drawnPartners` should report when `shown` are the partners shown. */
export function expectedDrawn(shown: (id: string) => boolean, ids: readonly string[] = ISOLATED) {
  const drawn = ids.filter(shown).sort();
  return { markers: drawn, arcs: drawn };
}
