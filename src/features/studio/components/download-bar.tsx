import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tableToCollection } from '@/lib/partners-file/table';
import type { SheetCheck } from '../lib/check-sheet';
import { STUDIO_NS } from '../lib/studio-i18n';
import { csvBlob, saveBlob, xlsxBlob } from '../lib/write-sheet';
import { useStudioStore } from '../stores/studio-store';

type Format = 'geojson' | 'xlsx' | 'csv';
const FILES: Record<Format, string> = {
  geojson: 'partners.geojson',
  xlsx: 'partners.xlsx',
  csv: 'partners.csv',
};

/** Downloads, refused (with the reason) while any row has a problem or a check is pending. */
export function DownloadBar({ check, current }: { check: SheetCheck | null; current: boolean }) {
  const { t } = useTranslation(STUDIO_NS);
  const [message, setMessage] = useState<{ text: string; refused: boolean } | null>(null);

  async function download(format: Format) {
    if (!check || !current) return;
    if (check.json === undefined) {
      setMessage({ text: t('download.refused', { count: check.problems.length }), refused: true });
      return;
    }
    // The sheets are written from the same collection the checked file text came from.
    const collection = () => tableToCollection(useStudioStore.getState()).collection;
    const blob =
      format === 'geojson'
        ? new Blob([check.json], { type: 'application/geo+json' })
        : format === 'csv'
          ? csvBlob(collection())
          : await xlsxBlob(collection());
    saveBlob(blob, FILES[format]);
    useStudioStore.getState().markSaved();
    setMessage({ text: t('download.done', { file: FILES[format] }), refused: false });
  }

  return (
    <section className="studio-download" aria-labelledby="studio-download-h">
      <h2 id="studio-download-h">{t('download.heading')}</h2>
      <div className="studio-download-buttons">
        {(Object.keys(FILES) as Format[]).map((f) => (
          <button
            key={f}
            type="button"
            className="text-button"
            aria-disabled={!current || undefined}
            onClick={() => void download(f)}
          >
            {t(`download.${f}`)}
          </button>
        ))}
      </div>
      <p role="status" className={message?.refused ? 'studio-error' : undefined}>
        {message?.text}
      </p>
      <p className="studio-hint">{t('download.publish')}</p>
    </section>
  );
}
