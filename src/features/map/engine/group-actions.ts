import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Lang } from '@/types/partner';
import type { PartnerDisplay, ShownGroup } from './partner-display';

/** Zooms to fit a group's members (at least 1.5 zoom levels in), so they separate and get names. */
export function openGroupView(
  map: MapLibreMap,
  bounds: ShownGroup['bounds'],
  padding: PaddingOptions,
  reducedMotion: boolean,
) {
  const camera = map.cameraForBounds(bounds, { padding, maxZoom: 9 });
  if (!camera) return;
  const view = { center: camera.center, zoom: Math.max(camera.zoom ?? 0, map.getZoom() + 1.5) };
  if (reducedMotion) map.jumpTo(view);
  else map.easeTo({ ...view, duration: 900 });
}

/** "South Korea · 9: Busan, Daegu, …": what a group's tooltip says and a screen reader hears. */
export function describeGroup(group: ShownGroup, display: PartnerDisplay, lang: Lang): string {
  return `${group.label[lang]}: ${group.members.map((m) => display.nameOf(m, lang)).join(', ')}`;
}
