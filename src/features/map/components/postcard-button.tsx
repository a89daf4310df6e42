import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '@/api/config';
import { usePartners } from '@/hooks/use-partners';
import { PostcardIcon } from './map-button-icons';
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
      const { exportPostcard } = await import('../engine/postcard-export');
      await exportPostcard(map, config, byId, t);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="text-button map-text-button"
      onClick={() => void onClick()}
      disabled={busy}
      title={t('map.postcard')}
      data-testid="postcard"
    >
      <PostcardIcon />
      <span className="map-button-text">{t('map.postcard')}</span>
    </button>
  );
}
