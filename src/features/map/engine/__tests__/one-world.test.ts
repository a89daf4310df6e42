import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { fitOneWorld } from '../one-world';

type Constrain = (
  center: { lng: number; lat: number },
  zoom: number,
) => { center: { lng: number; lat: number }; zoom: number };

/** A map 1024 px wide (one-world floor: zoom 0, a 512 px world) that records its constraint. */
function fakeMap() {
  let minZoom = -2;
  let constrain: Constrain = (center, zoom) => ({ center, zoom });
  const map = {
    getContainer: () => ({ clientWidth: 1024 }),
    setMinZoom: (z: number) => (minZoom = z),
    getMinZoom: () => minZoom,
    setTransformConstrain: (fn: Constrain) => (constrain = fn),
    on: () => map,
    off: () => map,
  };
  return {
    map: map as unknown as MapLibreMap,
    constrain: (lng: number, zoom = 0) => constrain({ lng, lat: 0 }, zoom),
  };
}

describe('fitOneWorld', () => {
  it('keeps the map centre on the world with no panel', () => {
    const { map, constrain } = fakeMap();
    fitOneWorld(map);
    expect(constrain(200).center.lng).toBe(180);
    expect(constrain(-250).center.lng).toBe(-180);
    expect(constrain(-1).zoom).toBe(0);
  });

  it('keeps the free area’s centre on the world beside a panel', () => {
    const { map, constrain } = fakeMap();
    // The free area's centre 128 px left of the map's centre: a quarter of the 512 px world, 90°.
    fitOneWorld(map, () => -128);
    expect(constrain(250).center.lng).toBeCloseTo(250);
    expect(constrain(300).center.lng).toBeCloseTo(270);
    expect(constrain(-120).center.lng).toBeCloseTo(-90);
    // At zoom 1 the world is 1024 px: 128 px is 45°.
    expect(constrain(300, 1).center.lng).toBeCloseTo(225);
  });
});
