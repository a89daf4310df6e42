import { wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import { MAP_PALETTES } from '@/config/map-theme';
import { NEUTRAL_COLOR } from '@/lib/scales';
import { VISIONS, deltaE } from '@/testing/color';
import { readText } from '@/testing/read-text';

/** The four fields the map leads with; they must survive every simulated dichromacy. */
const HEADLINE = ['ports', 'it', 'tourism', 'semiconductors-ai'];

interface Field {
  id: string;
  color: string;
}

function readFields(text: string): Field[] {
  const config = JSON.parse(text) as { fields?: unknown };
  if (!Array.isArray(config.fields)) throw new Error('config.json has no fields');
  return config.fields.map((f: unknown) => {
    const { id, color } = f as Partial<Field>;
    if (typeof id !== 'string' || typeof color !== 'string') throw new Error('bad field');
    return { id, color };
  });
}

function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}

const fields = readFields(readText(new URL('../../../data/config.json', import.meta.url)));
const headline = fields.filter((f) => HEADLINE.includes(f.id));
const { land, ocean } = MAP_PALETTES.light;

describe('field palette in data/config.json', () => {
  it('has ten fields, the four headline ones among them, as #rrggbb colours', () => {
    expect(fields).toHaveLength(10);
    expect(headline.map((f) => f.id).sort()).toEqual([...HEADLINE].sort());
    for (const f of fields) expect(f.color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it.each(VISIONS)('keeps the headline fields ΔE00 ≥ 15 apart under %s vision', (vision) => {
    for (const [a, b] of pairs(headline)) {
      const d = deltaE(a.color, b.color, vision);
      expect(
        d,
        `${a.id} ${a.color} / ${b.id} ${b.color}: ΔE00 ${d.toFixed(2)}`,
      ).toBeGreaterThanOrEqual(15);
    }
  });

  it('keeps all ten fields ΔE00 ≥ 10 apart under normal vision', () => {
    for (const [a, b] of pairs(fields)) {
      const d = deltaE(a.color, b.color);
      expect(
        d,
        `${a.id} ${a.color} / ${b.id} ${b.color}: ΔE00 ${d.toFixed(2)}`,
      ).toBeGreaterThanOrEqual(10);
    }
  });

  it('keeps every field ΔE00 ≥ 10 from the "not recorded" grey', () => {
    for (const f of fields) {
      const d = deltaE(f.color, NEUTRAL_COLOR);
      expect(
        d,
        `${f.id} ${f.color} / ${NEUTRAL_COLOR}: ΔE00 ${d.toFixed(2)}`,
      ).toBeGreaterThanOrEqual(10);
    }
  });

  it('keeps arcs visible (≥ 2:1) on the land and ocean of the light map', () => {
    // Markers carry a dark stroke, so 3:1 against land is not needed for them; arcs have none.
    for (const f of fields) {
      for (const [name, bg] of [
        ['land', land],
        ['ocean', ocean],
      ] as const) {
        const ratio = wcagContrast(f.color, bg);
        expect(
          ratio,
          `${f.id} ${f.color} on ${name} ${bg}: ${ratio.toFixed(2)}:1`,
        ).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
