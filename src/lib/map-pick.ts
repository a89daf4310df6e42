/** A one-shot "click the map to pick a place" request (the studio places a new partner this way). */
type PickHandler = (lngLat: [number, number]) => void;

let handler: PickHandler | null = null;

export function requestMapPick(next: PickHandler | null) {
  handler = next;
}

/** Called by the map on a click; true when a pick request took the click. */
export function takeMapPick(lngLat: [number, number]): boolean {
  const current = handler;
  handler = null;
  current?.(lngLat);
  return current !== null;
}
