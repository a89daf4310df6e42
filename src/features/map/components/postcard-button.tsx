import { contentLangOf } from '@/lib/i18n/languages';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldColorScale, NEUTRAL_COLOR } from '@/lib/scales';
import { UNRECORDED } from '@/lib/url/url-state';
import { useConfig } from '@/api/config';
import { usePartners } from '@/hooks/use-partners';
import { nativeNamesToShow } from '@/lib/partners/native-name';
import { effectiveTheme, useUiStore } from '@/stores/ui-store';
import { useMapInstance } from './map-canvas';

/** "Postcard": the current view as a PNG with title, year and legend (loaded on first use). */
export function PostcardButton() {
  const config = useConfig();
  const { t } = useTranslation();
  const map = useMapInstance();
  const { byId } = usePartners();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      const { renderPostcard, download } = await import('../engine/postcard');
      const s = useUiStore.getState();
      const color = fieldColorScale(config.fields);
      const css = getComputedStyle(document.documentElement);
      const lang = contentLangOf(s.lang);
      const open = s.partner ? byId.get(s.partner) : undefined;
      const on = config.fields.filter((f) => s.fields === null || s.fields.includes(f.id));
      const blob = await renderPostcard(map, {
        title: config.title[contentLangOf(s.lang)],
        subtitle: s.year === null ? t('timeline.todayCap') : String(s.year),
        legend: [
          ...on.map((f) => ({ label: f.label[contentLangOf(s.lang)], color: color(f.id) })),
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
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="text-button"
      onClick={() => void onClick()}
      disabled={busy}
      data-testid="postcard"
    >
      {t('map.postcard')}
    </button>
  );
}
