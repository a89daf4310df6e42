import type { TFunction } from 'i18next';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppConfig } from '@/lib/schema/config-schema';
import { contentLangOf } from '@/lib/i18n/languages';
import { nativeNamesToShow } from '@/lib/partners/native-name';
import { fieldColorScale, NEUTRAL_COLOR } from '@/lib/scales';
import { UNRECORDED } from '@/lib/url/url-state';
import { effectiveTheme, useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';
import { download, renderPostcard } from './postcard';

/**
 * The postcard of the current view (title, year, legend, the open partner) as a PNG download.
 * Loaded on first use with the renderer (issue 19: none of it is on the first view).
 */
export async function exportPostcard(
  map: MapLibreMap,
  config: AppConfig,
  byId: ReadonlyMap<string, Partner>,
  t: TFunction,
): Promise<void> {
  const s = useUiStore.getState();
  const color = fieldColorScale(config.fields);
  const css = getComputedStyle(document.documentElement);
  const lang = contentLangOf(s.lang);
  const open = s.partner ? byId.get(s.partner) : undefined;
  const on = config.fields.filter((f) => s.fields === null || s.fields.includes(f.id));
  const blob = await renderPostcard(map, {
    title: config.title[lang],
    subtitle: s.year === null ? t('timeline.todayCap') : String(s.year),
    legend: [
      ...on.map((f) => ({ label: f.label[lang], color: color(f.id) })),
      ...(s.fields === null || s.fields.includes(UNRECORDED)
        ? [{ label: t('legend.unrecorded'), color: NEUTRAL_COLOR }]
        : []),
    ],
    fileName: 'postcard.png',
    fontFamily: css.getPropertyValue('--font-family').trim(),
    partner: open && {
      name: open.name[lang],
      natives: nativeNamesToShow(open.nativeName, [open.name.vi, open.name.en]),
    },
    colors: {
      bg: css.getPropertyValue('--surface').trim() || '#fff',
      fg: css.getPropertyValue('--fg').trim() || '#000',
      muted: css.getPropertyValue('--muted').trim() || '#444',
    },
  });
  download(blob, `${config.home.id}-${s.year ?? 'today'}-${effectiveTheme(s)}.png`);
  s.announce(t('map.postcardReady'));
}
