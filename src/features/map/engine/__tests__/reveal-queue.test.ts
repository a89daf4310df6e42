import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { PARTNER_GROUPS, RevealQueue, SOVEREIGNTY_LAYERS } from '../reveal-queue';

/** Layers on sources that load when told; 'render' listeners called by `frame()`. */
function fakeMap(layers: Record<string, string>) {
  const visibility = new Map<string, string>();
  const loading = new Set<string>();
  const listeners = new Set<() => void>();
  const map = {
    getLayer: (id: string) => (layers[id] ? { source: layers[id] } : undefined),
    setLayoutProperty: (id: string, _: string, value: string) => {
      visibility.set(id, value);
      // Showing a layer reloads its source in the worker.
      if (value === 'visible') loading.add(layers[id]!);
    },
    isSourceLoaded: (source: string) => !loading.has(source),
    on: (_: string, f: () => void) => listeners.add(f),
    off: (_: string, f: () => void) => listeners.delete(f),
  };
  const shown = () =>
    [...visibility]
      .filter(([, v]) => v === 'visible')
      .map(([id]) => id)
      .sort();
  const frame = () => [...listeners].forEach((f) => f());
  const loaded = (source: string) => loading.delete(source);
  return { map: map as unknown as MapLibreMap, visibility, shown, frame, loaded, listeners };
}

const layers: Record<string, string> = {
  land: 'land',
  'home-country': 'land',
  borders: 'borders',
  ...Object.fromEntries(SOVEREIGNTY_LAYERS.map((id) => [id, 'sovereignty'])),
  ...Object.fromEntries(PARTNER_GROUPS.flat().map((id) => [id, `src-${id}`])),
};

describe('RevealQueue', () => {
  it('hides the land, borders, island names and partner layers until their data is in', () => {
    const { map, visibility } = fakeMap(layers);
    new RevealQueue(map);
    for (const id of [
      'land',
      'home-country',
      'borders',
      ...SOVEREIGNTY_LAYERS,
      ...PARTNER_GROUPS.flat(),
    ])
      expect(visibility.get(id)).toBe('none');
  });

  it('shows the land, then the borders once the land is drawn', () => {
    const { map, shown, frame, loaded } = fakeMap(layers);
    const queue = new RevealQueue(map);
    queue.land();
    queue.borders();
    frame();
    expect(shown()).toEqual(['home-country', 'land']);
    loaded('land');
    frame();
    expect(shown()).toEqual(['borders', 'home-country', 'land']);
  });

  it('shows one group per drawn frame, the next only once the one before it is loaded', () => {
    const { map, shown, frame, loaded, listeners } = fakeMap(layers);
    const queue = new RevealQueue(map);
    queue.show(['land']);
    queue.partnersDrawn();
    queue.partnersDrawn();
    expect(shown()).toEqual(['land']);
    // The land is still loading: no new group, however many frames.
    frame();
    frame();
    expect(shown()).toEqual(['land']);
    loaded('land');
    frame();
    expect(shown()).toEqual(['land', ...PARTNER_GROUPS[0]!].sort());
    for (const id of PARTNER_GROUPS[0]!) loaded(`src-${id}`);
    frame();
    expect(shown()).toEqual(['land', ...PARTNER_GROUPS.slice(0, 2).flat()].sort());
    for (const id of PARTNER_GROUPS[1]!) loaded(`src-${id}`);
    frame();
    // Enqueued once, however often the partners were drawn.
    expect(shown()).toEqual(['land', ...PARTNER_GROUPS.flat()].sort());
    for (const id of PARTNER_GROUPS[2]!) loaded(`src-${id}`);
    frame();
    expect(listeners.size).toBe(0);
    // Idle again: a new group shows at once.
    queue.show(SOVEREIGNTY_LAYERS);
    expect(shown()).toContain(SOVEREIGNTY_LAYERS[0]);
  });
});
