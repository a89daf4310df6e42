/** Mercator world pixels at a zoom (512 px tiles), longitudes unwrapped to within 180° of `centreLon`. */
export function worldPixels(zoom: number, centreLon: number) {
  const size = 512 * 2 ** zoom;
  return ([rawLon, lat]: readonly [number, number] | readonly number[]): [number, number] => {
    const lon = rawLon! + 360 * Math.round((centreLon - rawLon!) / 360);
    const phi = (Math.max(-85, Math.min(85, lat!)) * Math.PI) / 180;
    const y = (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
    return [((lon + 180) / 360) * size, y * size];
  };
}

/** The line without its first `gap` pixels (at this zoom): arcs leave the hub clear. */
export function trimStart(
  line: readonly [number, number][],
  px: ReturnType<typeof worldPixels>,
  gap: number,
): [number, number][] {
  const first = line[0];
  if (!first || line.length < 2) return [...line];
  const [hx, hy] = px(first);
  // Arc points stay within 180° of home, where px() does not re-wrap them.
  const shift = px;
  for (let i = 1; i < line.length; i += 1) {
    const [x, y] = shift(line[i]!);
    const d = Math.hypot(x - hx, y - hy);
    if (d <= gap) continue;
    const [px0, py0] = shift(line[i - 1]!);
    const d0 = Math.hypot(px0 - hx, py0 - hy);
    const t = (gap - d0) / (d - d0 || 1);
    const a = line[i - 1]!;
    const b = line[i]!;
    const start: [number, number] = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    return [start, ...line.slice(i)];
  }
  // The whole arc is inside the hub's gap: keep only its end, drawn as a dot-free stub.
  const last = line[line.length - 1]!;
  return [last, last];
}

/**
 * A line with unwrapped longitudes cut where it crosses ±180°, each piece inside -180..180: with
 * world copies off the map draws one world, and a Pacific arc leaves one edge and enters the other.
 */
export function splitAtAntimeridian(line: readonly [number, number][]): [number, number][][] {
  // Most arcs stay in one world: no new points to make.
  if (line.every(([lon]) => lon >= -180 && lon < 180)) return line.length > 1 ? [line.slice()] : [];
  const pieces: [number, number][][] = [];
  let shift = 0;
  let piece: [number, number][] = [];
  line.forEach(([lon, lat], i) => {
    const world = Math.floor((lon + 180) / 360);
    if (i > 0 && world !== shift) {
      const [plon, plat] = line[i - 1]!;
      const edge = 360 * Math.max(world, shift) - 180;
      const t = (edge - plon) / (lon - plon || 1);
      const y = plat + (lat - plat) * t;
      piece.push([edge - 360 * shift, y]);
      pieces.push(piece);
      piece = [[edge - 360 * world, y]];
    }
    shift = world;
    piece.push([lon - 360 * world, lat]);
  });
  pieces.push(piece);
  return pieces.filter((p) => p.length > 1);
}
