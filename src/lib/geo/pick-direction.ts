export type Direction = 'up' | 'down' | 'left' | 'right';

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

const VECTORS: Record<Direction, [number, number]> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/** The nearest point in a screen direction: distance along it, with sideways distance weighted double. */
export function pickInDirection(
  origin: { x: number; y: number },
  points: readonly ScreenPoint[],
  direction: Direction,
): ScreenPoint | null {
  const [dx, dy] = VECTORS[direction];
  let best: ScreenPoint | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    const vx = p.x - origin.x;
    const vy = p.y - origin.y;
    const along = vx * dx + vy * dy;
    if (along <= 0.5) continue;
    const side = Math.abs(vx * dy - vy * dx);
    const score = along + 2 * side;
    if (score < bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}
