import { describe, expect, it } from 'vitest';
import { layoutFor, panelPlacementFor } from '../layout-class';
import { PROFILES } from '@/lib/modes/profiles';

// The sizes of issue 14's table; the thresholds are the issue's (phones < 768, the embed's compact
// threshold of docs/embed.md at 720) and the screen's orientation for touch screens.
describe('layoutFor', () => {
  it.each([
    ['page', 1920, 1080, 'wide'],
    ['page', 768, 1024, 'wide'],
    ['page', 767, 1024, 'sheet'],
    ['page', 390, 844, 'sheet'],
    ['touch', 1920, 1080, 'wide'],
    ['touch', 1280, 1024, 'wide'],
    ['touch', 1080, 1920, 'portrait'],
    ['touch', 768, 1366, 'portrait'],
    ['wall', 3840, 2160, 'wide'],
    ['wall', 390, 844, 'wide'],
    ['frame', 720, 540, 'wide'],
    ['frame', 719, 540, 'fold'],
    ['frame', 320, 400, 'fold'],
  ] as const)('%s at %i×%i is %s', (family, width, height, layout) => {
    expect(layoutFor(family, width, height)).toBe(layout);
  });
});

// The details panel sits beside the map only in a wide layout with room for it (the embed's frame
// under 1024 px: a 17rem sidebar and a 28rem panel leave the world ~100 px at 800×600).
describe('panelPlacementFor', () => {
  it.each([
    ['web', 1366, 768, 'side'],
    ['web', 390, 844, 'bottom'],
    ['kiosk', 1920, 1080, 'side'],
    ['kiosk', 1080, 1920, 'bottom'],
    ['present', 3840, 2160, 'side'],
    ['embed', 1280, 800, 'side'],
    ['embed', 1024, 768, 'side'],
    ['embed', 800, 600, 'bottom'],
    ['embed', 360, 480, 'bottom'],
  ] as const)('%s at %i×%i: %s', (mode, width, height, panel) => {
    const profile = PROFILES[mode];
    expect(panelPlacementFor(layoutFor(profile.layout, width, height), profile, width)).toBe(panel);
  });
});
