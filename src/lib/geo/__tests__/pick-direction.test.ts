import { describe, expect, it } from 'vitest';
import { pickInDirection } from '../pick-direction';

const points = [
  { id: 'east-near', x: 110, y: 100 },
  { id: 'east-far-aligned', x: 160, y: 100 },
  { id: 'north-east', x: 112, y: 60 },
  { id: 'south', x: 100, y: 180 },
  { id: 'west', x: 20, y: 105 },
];
const origin = { x: 100, y: 100 };

describe('pickInDirection', () => {
  it('picks the nearest point in the direction pressed', () => {
    expect(pickInDirection(origin, points, 'right')?.id).toBe('east-near');
    expect(pickInDirection(origin, points, 'down')?.id).toBe('south');
    expect(pickInDirection(origin, points, 'left')?.id).toBe('west');
  });
  it('prefers points in line over nearer ones off to the side', () => {
    expect(pickInDirection(origin, points, 'up')?.id).toBe('north-east');
    const more = [
      { id: 'aligned', x: 100, y: 40 },
      { id: 'diagonal', x: 150, y: 75 },
    ];
    expect(pickInDirection(origin, more, 'up')?.id).toBe('aligned');
  });
  it('returns null when nothing lies that way', () => {
    expect(pickInDirection(origin, [{ id: 'a', x: 50, y: 100 }], 'right')).toBeNull();
  });
});
