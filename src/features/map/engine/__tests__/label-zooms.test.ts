import { describe, expect, it } from 'vitest';
import { labelZooms, type PartnerFeatureProps } from '../partner-features';

function partner(i: number, year: number | null, strength: number): PartnerFeatureProps {
  return {
    id: `p${i}`,
    country: 'XX',
    name_vi: `P${i}`,
    name_en: `P${i}`,
    color: '#000',
    radius: 4,
    strength,
    year,
    fieldKey: '|x|',
    dashed: false,
    labelZoom: 0,
    labelRank: 0,
  };
}

describe('labelZooms', () => {
  it("lays out every name of a city's partners from the world view on, up to 150 of them", () => {
    const props = Array.from({ length: 150 }, (_, i) => partner(i, 1990 + (i % 30), 1 + (i % 5)));
    expect(labelZooms(props)).toEqual(new Map(props.map((p) => [p.id, 0])));
    // A 151st partner, signed last, is the one name that waits for zoom 2.
    const more = [...props, partner(150, 2030, 5)];
    expect(labelZooms(more)).toEqual(new Map(more.map((p) => [p.id, p.id === 'p150' ? 2 : 0])));
  });

  it('thins a national dataset by signing year, then strength, and never favours a later signing', () => {
    const props = Array.from({ length: 3000 }, (_, i) =>
      partner(i, i % 7 === 0 ? null : 1995 + ((i * 37) % 31), 1 + (i % 5)),
    );
    const zooms = labelZooms(props);
    const counts = [0, 2, 4, 6].map((z) => [...zooms.values()].filter((v) => v === z).length);
    expect(counts).toEqual([150, 450, 1800, 600]);
    // Any partner signed earlier than another is laid out from the same zoom or a lower one.
    const signed = (p: PartnerFeatureProps) => p.year ?? Infinity;
    const byYear = [...props].sort((a, b) => signed(a) - signed(b));
    for (let i = 1; i < byYear.length; i += 1) {
      const [a, b] = [byYear[i - 1]!, byYear[i]!];
      if (signed(a) < signed(b)) expect(zooms.get(a.id)!).toBeLessThanOrEqual(zooms.get(b.id)!);
    }
    // Within a year, stronger relations first: every stronger partner from the same zoom or a lower
    // one than every weaker partner of that year (checked where a year spans two bands).
    const straddling = [...new Set(props.map((p) => p.year))].filter(
      (year) => new Set(props.filter((p) => p.year === year).map((p) => zooms.get(p.id))).size > 1,
    );
    expect(straddling.length).toBeGreaterThan(0);
    for (const year of straddling) {
      const y = props.filter((p) => p.year === year);
      for (const a of y)
        for (const b of y)
          if (a.strength > b.strength)
            expect(zooms.get(a.id)!).toBeLessThanOrEqual(zooms.get(b.id)!);
    }
  });
});
