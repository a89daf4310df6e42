import type { FeatureCollection, Point } from 'geojson';
import type { Box } from '@/lib/geo/place-labels';
import type { Lang } from '@/types/partner';
import { breakLines } from './break-lines';
import { measureLabel, type LabelFont } from './measure-label';
import type { worldPixels } from './world-pixels';

/** A basemap name drawn with overlap allowed (archipelagos, the sea): partner names keep clear of it. */
export interface FixedLabel {
  at: [number, number];
  kind: 'archipelago-label' | 'sea-label';
  /** Hoàng Sa's name sits above its point, the others below or to the right (map-style.ts). */
  above: boolean;
  name: Record<Lang, string>;
}

/** Each fixed label's text as drawn now, its lines joined by '\n', in both content languages. */
export type FixedTexts = Record<Lang, string>[];

/** An archipelago's name is at most this many ems wide where the map has room (two lines). */
const WIDEST = 14;

export function fixedLabelsOf(data: FeatureCollection): FixedLabel[] {
  return data.features.flatMap((f) => {
    const kind = f.properties?.kind as string;
    if ((kind !== 'archipelago-label' && kind !== 'sea-label') || f.geometry.type !== 'Point')
      return [];
    return [
      {
        at: f.geometry.coordinates as [number, number],
        kind,
        above: f.properties?.group === 'hoang-sa',
        name: f.properties?.name as Record<Lang, string>,
      },
    ];
  });
}

/**
 * Where the fixed labels go at a zoom, following the style's sizes (map-style.ts): their boxes in
 * `lang`, and their texts. An archipelago's name breaks into as few lines as fit between its point
 * and what lies to its right in the view (the map's edge, its buttons): on a narrow phone three
 * short lines instead of two long ones running off the map or under a button.
 */
export function fixedLabelPlan(
  labels: readonly FixedLabel[],
  px: ReturnType<typeof worldPixels>,
  zoom: number,
  lang: Lang,
  scale: number,
  font: LabelFont,
  { view, covered }: { view: Box; covered: readonly Box[] },
): { boxes: Box[]; texts: FixedTexts } {
  const t = Math.max(0, Math.min(1, (zoom - 1) / 4));
  const boxes: Box[] = [];
  const texts = labels.map((l) => {
    const [x, y] = px(l.at);
    if (l.kind === 'sea-label') {
      const size = (11 + 5 * t) * scale;
      const { w, h } = measureLabel(l.name[lang], size, font.regular);
      const x0 = x + 1.2 * size;
      boxes.push({ x0, y0: y - h / 2, x1: x0 + w * 1.2, y1: y + h / 2 });
      return l.name;
    }
    const size = (10 + 4 * t) * scale;
    const x0 = x + 0.3 * size;
    // The band the name may take: three lines above or below its point.
    const [b0, b1] = l.above ? [y - 4 * size, y] : [y, y + 4 * size];
    const right = Math.min(
      view.x1,
      ...covered.filter((c) => c.x1 > x0 && c.y0 < b1 && b0 < c.y1).map((c) => c.x0),
    );
    const room = Math.min(WIDEST * size, right - x0 - 2);
    const measure = (s: string) => measureLabel(s, size, font.bold).w;
    const lines = (each: Lang) => breakLines(l.name[each], room, measure);
    const shown = lines(lang);
    const h = shown.length * 1.2 * size + 0.25 * size;
    const y0 = l.above ? y - 0.2 * size - h : y + 0.2 * size;
    boxes.push({ x0, y0, x1: x0 + Math.max(...shown.map(measure)), y1: y0 + h });
    return { vi: lines('vi').join('\n'), en: lines('en').join('\n') };
  });
  return { boxes, texts };
}

/**
 * The sovereignty layer reads name_vi / name_en; the file nests them as name.vi / name.en. The
 * archipelagos' names are drawn from text_vi / text_en, broken into lines where the map is narrow.
 */
export function withFlatNames(data: FeatureCollection, texts?: FixedTexts): FeatureCollection {
  let label = 0;
  return {
    ...data,
    features: data.features.map((f) => {
      const name = (f.properties?.name ?? {}) as Record<string, string>;
      const flat = { ...f.properties, name_vi: name.vi, name_en: name.en };
      const kind = f.properties?.kind as string;
      const labelled = kind === 'archipelago-label' || kind === 'sea-label';
      if (!labelled || f.geometry.type !== 'Point') return { ...f, properties: flat };
      const text = texts?.[label++] ?? name;
      return { ...f, properties: { ...flat, text_vi: text.vi, text_en: text.en } };
    }),
  };
}

/** The home's point, named in both languages, for the home layers. */
export function homeCollection(
  home: [number, number],
  name: Record<Lang, string>,
): FeatureCollection<Point> {
  const properties = { name_vi: name.vi, name_en: name.en };
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties, geometry: { type: 'Point', coordinates: home } }],
  };
}
