import type { FeatureCollection, Point } from 'geojson';
import type { Box } from '@/lib/geo/place-labels';
import type { Lang } from '@/types/partner';
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

/** Their boxes at a zoom, following the style's sizes (10–14 px archipelagos wrapped at 9 ems). */
export function fixedLabelBoxes(
  labels: readonly FixedLabel[],
  px: ReturnType<typeof worldPixels>,
  zoom: number,
  lang: Lang,
  scale: number,
  font: LabelFont,
): Box[] {
  const t = Math.max(0, Math.min(1, (zoom - 1) / 4));
  return labels.map((l) => {
    const [x, y] = px(l.at);
    if (l.kind === 'sea-label') {
      const size = (11 + 5 * t) * scale;
      const { w, h } = measureLabel(l.name[lang], size, font.regular);
      const x0 = x + 1.2 * size;
      return { x0, y0: y - h / 2, x1: x0 + w * 1.2, y1: y + h / 2 };
    }
    const size = (10 + 4 * t) * scale;
    const { w, h } = measureLabel(l.name[lang], size, font.bold);
    const lines = Math.ceil(w / (9 * size));
    const width = Math.min(w, 9 * size);
    const height = h * lines;
    return l.above
      ? { x0: x, y0: y - height, x1: x + width + 0.3 * size, y1: y }
      : { x0: x, y0: y, x1: x + width + 0.3 * size, y1: y + height + 0.2 * size };
  });
}

/** The sovereignty layer reads name_vi / name_en; the file nests them as name.vi / name.en. */
export function withFlatNames(data: FeatureCollection): FeatureCollection {
  return {
    ...data,
    features: data.features.map((f) => {
      const name = (f.properties?.name ?? {}) as Record<string, string>;
      return { ...f, properties: { ...f.properties, name_vi: name.vi, name_en: name.en } };
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
