/** A marker in world pixels at one zoom (Mercator x, y grow east and south). */
export interface MarkerInput {
  id: string;
  /** Markers group only with markers of the same key (a country): a group is never coarser. */
  key: string;
  x: number;
  y: number;
  r: number;
}

export interface MarkerGroup {
  /** `group:<key>:<representative id>`: stable while the same members stay together. */
  id: string;
  key: string;
  members: string[];
  /** The member nearest the members' centroid: the group marker sits there, inside their footprint. */
  representative: string;
  x: number;
  y: number;
  r: number;
}

export interface GroupOptions {
  /** Radius of a group marker of n members, in the same pixels. */
  groupRadius: (n: number) => number;
  /** Markers closer than their radii plus this gap count as overlapping. */
  gap: number;
  /** Ids never put in a group (the selected partner). */
  keepSingle?: ReadonlySet<string>;
  /** Pairs forced together whatever their distance (a label that found no place): same key only. */
  extraLinks?: readonly [string, string][];
}

interface Cluster {
  members: MarkerInput[];
  key: string;
  x: number;
  y: number;
  r: number;
}

function summarise(members: MarkerInput[], groupRadius: (n: number) => number): Cluster {
  const first = members[0]!;
  if (members.length === 1) return { members, key: first.key, x: first.x, y: first.y, r: first.r };
  let cx = 0;
  let cy = 0;
  for (const m of members) {
    cx += m.x;
    cy += m.y;
  }
  cx /= members.length;
  cy /= members.length;
  let best = first;
  for (const m of members)
    if (Math.hypot(m.x - cx, m.y - cy) < Math.hypot(best.x - cx, best.y - cy)) best = m;
  return { members, key: first.key, x: best.x, y: best.y, r: groupRadius(members.length) };
}

/**
 * Groups markers that would overlap, per key (country) only, growing groups until none of the same
 * key overlap (a bigger group marker may reach a neighbour). Grid-indexed: about linear in markers.
 */
export function groupMarkers(items: readonly MarkerInput[], options: GroupOptions) {
  const { groupRadius, gap, keepSingle, extraLinks = [] } = options;
  let clusters: Cluster[] = items.map((m) => summarise([m], groupRadius));
  const pinned = (c: Cluster) => c.members.length === 1 && keepSingle?.has(c.members[0]!.id);
  for (let round = 0; round < 12; round += 1) {
    const parent = clusters.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    let merged = false;
    const union = (a: number, b: number) => {
      const ra = find(a);
      const rb = find(b);
      if (ra === rb) return;
      parent[ra] = rb;
      merged = true;
    };
    const maxR = clusters.reduce((m, c) => Math.max(m, c.r), 0);
    const cell = 2 * maxR + gap || 1;
    // key → column → row → cluster indices (nested maps: no string per lookup over thousands).
    const grid = new Map<string, Map<number, Map<number, number[]>>>();
    const cellAt = (key: string, gx: number, gy: number) => grid.get(key)?.get(gx)?.get(gy);
    clusters.forEach((c, i) => {
      if (pinned(c)) return;
      const [gx, gy] = [Math.floor(c.x / cell), Math.floor(c.y / cell)];
      const list = cellAt(c.key, gx, gy);
      if (list) list.push(i);
      else {
        const columns = grid.get(c.key) ?? grid.set(c.key, new Map()).get(c.key)!;
        const rows = columns.get(gx) ?? columns.set(gx, new Map()).get(gx)!;
        rows.set(gy, [i]);
      }
    });
    clusters.forEach((c, i) => {
      if (pinned(c)) return;
      const gx = Math.floor(c.x / cell);
      const gy = Math.floor(c.y / cell);
      for (let dx = -1; dx <= 1; dx += 1)
        for (let dy = -1; dy <= 1; dy += 1)
          for (const j of cellAt(c.key, gx + dx, gy + dy) ?? []) {
            // Pairs already joined are skipped; squared distances (no Math.hypot): thousands of
            // markers at a few places make millions of pairs.
            if (j <= i || find(i) === find(j)) continue;
            const o = clusters[j]!;
            const [ex, ey, reach] = [c.x - o.x, c.y - o.y, c.r + o.r + gap];
            if (ex * ex + ey * ey < reach * reach) union(i, j);
          }
    });
    if (round === 0 && extraLinks.length) {
      const at = new Map<string, number>();
      clusters.forEach((c, i) => at.set(c.members[0]!.id, i));
      for (const [a, b] of extraLinks) {
        const ia = at.get(a);
        const ib = at.get(b);
        if (ia === undefined || ib === undefined) continue;
        const ca = clusters[ia]!;
        const cb = clusters[ib]!;
        if (ca.key === cb.key && !pinned(ca) && !pinned(cb)) union(ia, ib);
      }
    }
    if (!merged) break;
    const byRoot = new Map<number, MarkerInput[]>();
    clusters.forEach((c, i) => {
      const root = find(i);
      const list = byRoot.get(root);
      if (list) list.push(...c.members);
      else byRoot.set(root, [...c.members]);
    });
    clusters = [...byRoot.values()].map((members) => summarise(members, groupRadius));
  }
  const singles: MarkerInput[] = [];
  const groups: MarkerGroup[] = [];
  for (const c of clusters) {
    if (c.members.length === 1) {
      singles.push(c.members[0]!);
      continue;
    }
    const rep = c.members.find((m) => m.x === c.x && m.y === c.y) ?? c.members[0]!;
    groups.push({
      id: `group:${c.key}:${rep.id}`,
      key: c.key,
      members: c.members.map((m) => m.id),
      representative: rep.id,
      x: c.x,
      y: c.y,
      r: c.r,
    });
  }
  return { singles, groups };
}
