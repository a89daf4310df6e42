import { describe, expect, it } from 'vitest';
import { breakLines } from '../break-lines';

// 6 px a character: widths independent of any font.
const width = (line: string) => line.length * 6;

describe('breakLines', () => {
  it('keeps a name on one line where it fits', () => {
    expect(breakLines('East Sea', 100, width)).toEqual(['East Sea']);
  });

  it('breaks before the bracket when two lines fit', () => {
    // 30 characters: two lines of at most 20 (120 px).
    expect(breakLines('Hoang Sa archipelago (Da Nang)', 120, width)).toEqual([
      'Hoang Sa archipelago',
      '(Da Nang)',
    ]);
    expect(breakLines('Quần đảo Hoàng Sa (Đà Nẵng)', 110, width)).toEqual([
      'Quần đảo Hoàng Sa',
      '(Đà Nẵng)',
    ]);
  });

  it('takes three short lines where two would not fit', () => {
    expect(breakLines('Hoang Sa archipelago (Da Nang)', 80, width)).toEqual([
      'Hoang Sa',
      'archipelago',
      '(Da Nang)',
    ]);
  });

  it('never splits a bracketed part; too narrow, the words go in two even lines', () => {
    const lines = breakLines('Quần đảo Trường Sa (Khánh Hòa)', 40, width);
    expect(lines).toEqual(['Quần đảo', 'Trường Sa', '(Khánh Hòa)']);
  });
});
