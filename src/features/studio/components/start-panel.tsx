import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Table } from '@/lib/partners-file/table';
import { SheetReadError, type ReadSheet } from '../lib/read-sheet';
import { readFile, readPastedText } from '../lib/sheet-client';
import { STUDIO_NS } from '../lib/studio-i18n';
import { useStudioStore } from '../stores/studio-store';

/** Where the rows come from: the published data, a chosen or dropped file, or pasted rows. */
export function StartPanel({ deployed }: { deployed: Table | undefined }) {
  const { t } = useTranslation(STUDIO_NS);
  const fileId = useId();
  const pasteId = useId();
  const source = useStudioStore((s) => s.source);
  const count = useStudioStore((s) => s.rows.length);
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);

  const replace = (read: ReadSheet, name: string | null) => {
    if (useStudioStore.getState().dirty && !window.confirm(t('start.confirmReplace'))) return;
    setError(null);
    useStudioStore.getState().load(read.table, name, read.problems);
  };
  const open = async (read: Promise<ReadSheet>, name: string) => {
    try {
      replace(await read, name);
    } catch (e) {
      if (!(e instanceof SheetReadError)) throw e;
      setError(t(`start.readError.${e.code}`, { detail: e.detail }));
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void open(readFile(file), file.name);
  };

  return (
    <section
      className={over ? 'studio-start is-over' : 'studio-start'}
      aria-labelledby={`${fileId}-h`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 id={`${fileId}-h`}>{t('start.heading')}</h2>
      <div className="studio-start-row">
        <button
          type="button"
          className="text-button"
          disabled={!deployed}
          onClick={() => deployed && replace({ table: deployed, problems: [] }, null)}
        >
          {t('start.deployed')}
        </button>
        <div className="studio-file">
          <label htmlFor={fileId}>{t('start.file')}</label>
          <input
            id={fileId}
            type="file"
            accept=".xlsx,.csv,.geojson,.json,application/geo+json,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void open(readFile(file), file.name);
              e.target.value = '';
            }}
          />
          <span className="studio-hint">{t('start.drop')}</span>
        </div>
      </div>
      <details className="studio-paste">
        <summary>{t('start.paste')}</summary>
        <label htmlFor={pasteId} className="visually-hidden">
          {t('start.paste')}
        </label>
        <textarea
          id={pasteId}
          rows={4}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
        />
        <button
          type="button"
          className="text-button"
          disabled={pasted.trim() === ''}
          onClick={() => void open(readPastedText(pasted), t('start.pasteButton'))}
        >
          {t('start.pasteButton')}
        </button>
      </details>
      {error && (
        <p className="studio-error" role="alert">
          {error}
        </p>
      )}
      <p className="studio-status" role="status">
        {count > 0 && t('start.loaded', { source: source ?? t('start.deployedSource'), count })}
      </p>
    </section>
  );
}
