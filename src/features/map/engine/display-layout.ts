import { groupMarkers, type MarkerGroup, type MarkerInput } from '@/lib/geo/group-markers';
import { placeLabels, type Box, type LabelInput, type Placement } from '@/lib/geo/place-labels';

export interface LayoutItem extends MarkerInput {
  /** Label text and its box size, in px. */
  w: number;
  h: number;
  /** The name's baseline offset (see LabelInput). */
  shift?: number;
  /** Label priority: lower first (relation strength, then signing date). */
  rank: number;
}

export interface LayoutOptions {
  scale: number;
  keepSingle: ReadonlySet<string>;
  /** Label box of a group of n members of a country. */
  groupLabelSize: (key: string, n: number) => { w: number; h: number; shift?: number };
  /** Fixed boxes labels must avoid (the home marker and name). */
  obstacles: readonly Box[];
  /** Names must lie inside this box. */
  within?: Box;
}

export interface Layout {
  singles: MarkerInput[];
  groups: MarkerGroup[];
  placements: Map<string, Placement | null>;
}

/**
 * How many line heights out a name may go, with a leader: on a phone's world view the names around
 * home need up to six to each find a free place (a name with none is drawn over another).
 */
const RINGS = 6;
const NAME_PAD = 2;

/**
 * Groups overlapping markers per country, shrinks group discs that would cover another country's
 * marker, and places names clear of every marker and name: groups first (largest first, with leaders
 * when crowded), then partners by rank. A partner whose name finds no place joins its nearest
 * neighbour of the same country (within reach), and the layout runs once more.
 */
export function layoutMarkers(items: readonly LayoutItem[], options: LayoutOptions): Layout {
  const steps = layoutSteps(items, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same layout, pausing after each grouping and placing (a caller may yield the thread there). */
export function* layoutSteps(
  items: readonly LayoutItem[],
  options: LayoutOptions,
): Generator<void, Layout> {
  const { scale, keepSingle } = options;
  const groupRadius = (n: number) => scale * (6 + 2.2 * Math.sqrt(n));
  const gap = 2 * scale;
  const byId = new Map(items.map((i) => [i.id, i]));
  const grouped = groupMarkers(items, { groupRadius, gap, keepSingle });
  yield;
  let layout = place(grouped, byId, options);
  yield;
  // A name with no free place joins its country's nearest marker; two groups that would read the
  // same ("China · 2" twice) become one. Each round may make new ones: a few rounds at most.
  const links: [string, string][] = [];
  const reach = 120 * scale;
  for (let round = 0; round < 3; round += 1) {
    const more = [
      ...unplacedLinks(layout, items, keepSingle, reach),
      ...sameTextLinks(layout, reach),
    ];
    if (!more.length) break;
    links.push(...more);
    const regrouped = groupMarkers(items, { groupRadius, gap, keepSingle, extraLinks: links });
    yield;
    layout = place(regrouped, byId, options);
    yield;
  }
  return layout;
}

function unplacedLinks(
  layout: Layout,
  items: readonly LayoutItem[],
  keepSingle: ReadonlySet<string>,
  reach: number,
): [string, string][] {
  const links: [string, string][] = [];
  for (const s of layout.singles) {
    if (layout.placements.get(s.id) || keepSingle.has(s.id)) continue;
    const near = nearestSameKey(s, items);
    if (near && Math.hypot(near.x - s.x, near.y - s.y) < reach) links.push([s.id, near.id]);
  }
  return links;
}

/** Groups of one country with as many members each (the same name on screen), within reach. */
function sameTextLinks(layout: Layout, reach: number): [string, string][] {
  const links: [string, string][] = [];
  const seen = new Map<string, MarkerGroup[]>();
  for (const g of layout.groups) {
    const key = `${g.key}|${g.members.length}`;
    const twin = seen.get(key)?.find((o) => Math.hypot(o.x - g.x, o.y - g.y) < reach);
    if (twin) links.push([twin.members[0]!, g.members[0]!]);
    else seen.set(key, [...(seen.get(key) ?? []), g]);
  }
  return links;
}

function place(
  grouped: ReturnType<typeof groupMarkers>,
  byId: Map<string, LayoutItem>,
  options: LayoutOptions,
): Layout {
  const { scale } = options;
  const crowded = crowdedSingles(grouped.singles, grouped.groups);
  const singles0 = grouped.singles.filter((s) => !crowded.has(s.id));
  const alone = grouped.singles.filter((s) => crowded.has(s.id) && !options.keepSingle.has(s.id));
  // A marker mostly covered by another country's marker is shown as a group of one ("Czechia · 1").
  const ones: MarkerGroup[] = alone.map((s) => ({
    id: `group:${s.key}:${s.id}`,
    key: s.key,
    members: [s.id],
    representative: s.id,
    x: s.x,
    y: s.y,
    r: s.r,
  }));
  const kept = [
    ...singles0,
    ...grouped.singles.filter((s) => crowded.has(s.id) && options.keepSingle.has(s.id)),
  ];
  const groups = shrinkGroups([...grouped.groups, ...ones], kept, 5 * scale);
  const labels: LabelInput[] = [];
  for (const g of [...groups].sort((a, b) => b.members.length - a.members.length))
    labels.push({ ...g, ...options.groupLabelSize(g.key, g.members.length), rings: RINGS });
  const singles = [...kept].sort((a, b) => byId.get(a.id)!.rank - byId.get(b.id)!.rank);
  for (const s of singles) labels.push({ ...byId.get(s.id)!, r: s.r, rings: RINGS });
  // MapLibre keeps 2 px clear around each name it draws: so do we, or drawn names would touch.
  const placements = placeLabels(labels, options.obstacles, 3 * scale, options.within, NAME_PAD);
  return { singles: kept, groups, placements };
}

/** Singles whose marker another country's marker covers by more than a quarter of its area. */
function crowdedSingles(singles: readonly MarkerInput[], groups: readonly MarkerGroup[]) {
  const all = [...singles, ...groups];
  const crowded = new Set<string>();
  for (const s of singles)
    for (const o of all)
      if (o !== s && o.key !== s.key && discOverlap(s, o) > 0.25 * Math.PI * s.r * s.r) {
        crowded.add(s.id);
        break;
      }
  return crowded;
}

/** Area shared by two discs. */
export function discOverlap(a: { x: number; y: number; r: number }, b: typeof a): number {
  const d = Math.hypot(a.x - b.x, a.y - b.y);
  if (d >= a.r + b.r) return 0;
  if (d <= Math.abs(a.r - b.r)) return Math.PI * Math.min(a.r, b.r) ** 2;
  const ca = Math.acos((d * d + a.r * a.r - b.r * b.r) / (2 * d * a.r));
  const cb = Math.acos((d * d + b.r * b.r - a.r * a.r) / (2 * d * b.r));
  const k = Math.sqrt((-d + a.r + b.r) * (d + a.r - b.r) * (d - a.r + b.r) * (d + a.r + b.r));
  return a.r * a.r * ca + b.r * b.r * cb - k / 2;
}

/** A group disc never covers another country's marker: it shrinks (down to `minR`) to clear it. */
function shrinkGroups(
  groups: readonly MarkerGroup[],
  singles: readonly MarkerInput[],
  minR: number,
): MarkerGroup[] {
  const all: { key: string; x: number; y: number; r: number }[] = [...groups, ...singles];
  return groups.map((g) => {
    let r = g.r;
    for (const o of all) {
      // Same-country singles overlap a group only when pinned (the selected partner): clear them too.
      if (o.key === g.key && groups.includes(o as MarkerGroup)) continue;
      const d = Math.hypot(o.x - g.x, o.y - g.y);
      // Two groups share the space between them; a partner's own marker keeps its size.
      const room = groups.includes(o as MarkerGroup) ? d / 2 : d - o.r;
      r = Math.min(r, room);
    }
    return { ...g, r: Math.max(minR, r) };
  });
}

function nearestSameKey(s: MarkerInput, all: readonly MarkerInput[]): MarkerInput | null {
  let best: MarkerInput | null = null;
  let bestD = Infinity;
  for (const m of all) {
    if (m.id === s.id || m.key !== s.key) continue;
    const d = Math.hypot(m.x - s.x, m.y - s.y);
    if (d < bestD) [best, bestD] = [m, d];
  }
  return best;
}
