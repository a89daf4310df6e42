import type { CanvasBox } from '../engine/offscreen';

/**
 * Where an edge chip sits: ending before the map buttons' column, and slid along its edge off any
 * drawn marker or name (it keeps its place when the whole edge is taken). Chips placed earlier, the
 * map buttons and panels over the map are kept clear of too.
 */

const GAP = 8;
/** Slide in steps of this many px, up to MAX_STEPS each way. */
const STEP = 8;
const MAX_STEPS = 40;
/** What lies over the map besides the chips. */
const OVER_MAP = ".map-controls > *, .details-panel[data-state='open'], .dock, .group-list";

type Box = { left: number; top: number; right: number; bottom: number };
const meets = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * A chip beside the map buttons ends in "…" before their column, whose width follows its labels'
 * language ("Открытка (PNG)"). A centred chip shrinks on both sides, so by twice the overlap.
 */
function clearOfButtons(chip: HTMLElement) {
  // The buttons themselves: their grid's own box spans the map's height.
  const rects = [...(chip.closest('.map-region')?.querySelectorAll('.map-controls > *') ?? [])]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0);
  if (!rects.length) return;
  const b = {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
  const c = chip.getBoundingClientRect();
  const overlap = c.right - (b.left - GAP);
  if (overlap <= 0 || c.top >= b.bottom || c.bottom <= b.top) return;
  const centred =
    (chip.dataset.side === 'top' || chip.dataset.side === 'bottom') &&
    getComputedStyle(chip).transform !== 'none';
  chip.style.maxWidth = `${Math.max(0, c.width - (centred ? 2 : 1) * overlap)}px`;
}

/** Places the chips in order; `drawnIn` tells whether anything is drawn in a canvas box. */
export function placeChips(chips: Iterable<HTMLElement>, drawnIn: (box: CanvasBox) => boolean) {
  const list = [...chips];
  for (const chip of list) {
    chip.style.maxWidth = '';
    chip.style.translate = '';
  }
  list.forEach(clearOfButtons);
  // All chips lie over one map: its canvas, its room and what else covers it are measured once.
  const region = list[0]?.closest('.map-region');
  const canvas = region?.querySelector('canvas')?.getBoundingClientRect();
  if (!region || !canvas) return;
  const room = region.getBoundingClientRect();
  const others = [...region.ownerDocument.querySelectorAll(OVER_MAP)]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0);
  const placed: Box[] = [];
  for (const chip of list) {
    const at = chip.getBoundingClientRect();
    // Along its edge: top and bottom chips (and chips stacked on phones) move sideways.
    const axis = getComputedStyle(chip).getPropertyValue('--chip-slide').trim() === 'y' ? 'y' : 'x';
    const free = (d: number) => {
      const [dx, dy] = axis === 'x' ? [d, 0] : [0, d];
      const box = {
        left: at.left + dx,
        top: at.top + dy,
        right: at.right + dx,
        bottom: at.bottom + dy,
      };
      const inside =
        box.left >= room.left + GAP / 2 &&
        box.right <= room.right - GAP / 2 &&
        box.top >= room.top + GAP / 2 &&
        box.bottom <= room.bottom - GAP / 2;
      if (!inside || [...others, ...placed].some((o) => meets(box, o))) return null;
      const drawn = drawnIn({
        x0: box.left - canvas.left,
        y0: box.top - canvas.top,
        x1: box.right - canvas.left,
        y1: box.bottom - canvas.top,
      });
      return drawn ? null : box;
    };
    let found: Box | null = null;
    let offset = 0;
    for (let i = 0; i <= 2 * MAX_STEPS && !found; i++) {
      offset = (i % 2 ? 1 : -1) * Math.ceil(i / 2) * STEP;
      found = free(offset);
    }
    if (found && offset) chip.style.translate = axis === 'x' ? `${offset}px 0` : `0 ${offset}px`;
    placed.push(found ?? { left: at.left, top: at.top, right: at.right, bottom: at.bottom });
  }
}
