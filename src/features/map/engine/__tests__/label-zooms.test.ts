import { describe, expect, it } from 'vitest';
import { labelZooms, type PartnerFeatureProps } from '../partner-features';

function partner(i: number, year: number | null, strength: number): PartnerFeatureProps {
  return {
    id: `p${i}`,
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
  it("lays out every name of a city's few dozen partners from the world view on", () => {
    const zooms = labelZooms(Array.from({ length: 120 }, (_, i) => partner(i, 1990 + (i % 30), 3)));
    expect(new Set(zooms.values())).toEqual(new Set([0]));
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
    // Within a year, stronger relations first.
    const y = props.filter((p) => p.year === 2000);
    const strongest = Math.max(...y.map((p) => p.strength));
    const weakest = Math.min(...y.map((p) => p.strength));
    const zoomOf = (s: number) =>
      Math.min(...y.filter((p) => p.strength === s).map((p) => zooms.get(p.id)!));
    expect(zoomOf(strongest)).toBeLessThanOrEqual(zoomOf(weakest));
  });
});
