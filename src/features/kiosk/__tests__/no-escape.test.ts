import { describe, expect, it } from 'vitest';
import { isEscapeKey } from '../hooks/use-no-escape';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isEscapeKey', () => {
  it.each([
    ['print', key('p', { ctrlKey: true })],
    ['save', key('s', { metaKey: true })],
    ['find', key('F', { ctrlKey: true })],
    ['reload', key('r', { ctrlKey: true })],
    ['reload (F5)', key('F5')],
    ['zoom in', key('+', { ctrlKey: true })],
    ['zoom in (=)', key('=', { ctrlKey: true })],
    ['zoom out', key('-', { ctrlKey: true })],
    ['zoom reset', key('0', { metaKey: true })],
    ['back', key('ArrowLeft', { altKey: true })],
  ])('stops %s', (_, e) => expect(isEscapeKey(e)).toBe(true));

  it.each([
    ['the map zoom keys', key('+')],
    ['typing', key('p')],
    ['arrows on the map', key('ArrowLeft')],
    ['copy', key('c', { ctrlKey: true })],
  ])('leaves %s alone', (_, e) => expect(isEscapeKey(e)).toBe(false));
});
