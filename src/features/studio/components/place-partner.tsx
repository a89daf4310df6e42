import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestMapPick } from '@/lib/map-pick';
import { STUDIO_NS } from '../lib/studio-i18n';
import { useStudioStore } from '../stores/studio-store';

// Four decimals is about 10 m: enough for a city's marker.
const round = (n: number) => String(Math.round(n * 1e4) / 1e4);

/** A new partner row at a clicked map point or at typed coordinates (no geocoding: offline). */
export function PlacePartner() {
  const { t } = useTranslation(STUDIO_NS);
  const id = useId();
  const [picking, setPicking] = useState(false);
  const [lon, setLon] = useState('');
  const [lat, setLat] = useState('');
  const [added, setAdded] = useState('');

  const add = (lonText: string, latText: string) => {
    const row = useStudioStore.getState().addRow({ lon: lonText, lat: latText });
    setAdded(t('place.added', { row: row + 2, lon: lonText, lat: latText }));
    useStudioStore.getState().setTab('sheet');
  };

  useEffect(() => {
    if (!picking) return;
    requestMapPick(([x, y]) => {
      setPicking(false);
      add(round(x), round(y));
    });
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setPicking(false);
    window.addEventListener('keydown', onKey);
    return () => {
      requestMapPick(null);
      window.removeEventListener('keydown', onKey);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- add only reads the store
  }, [picking]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    add(lon.trim(), lat.trim());
  };

  return (
    <div className={picking ? 'studio-place is-picking' : 'studio-place'}>
      <button
        type="button"
        className="text-button"
        aria-pressed={picking}
        onClick={() => setPicking(!picking)}
      >
        {t('place.button')}
      </button>
      {picking && <span role="status">{t('place.active')}</span>}
      <form onSubmit={submit} aria-label={t('place.typed')}>
        <label htmlFor={`${id}-lon`}>{t('place.lon')}</label>
        <input
          id={`${id}-lon`}
          inputMode="decimal"
          size={9}
          value={lon}
          onChange={(e) => setLon(e.target.value)}
        />
        <label htmlFor={`${id}-lat`}>{t('place.lat')}</label>
        <input
          id={`${id}-lat`}
          inputMode="decimal"
          size={9}
          value={lat}
          onChange={(e) => setLat(e.target.value)}
        />
        <button type="submit" className="text-button" disabled={!lon.trim() || !lat.trim()}>
          {t('place.add')}
        </button>
      </form>
      <p role="status" className="visually-hidden">
        {added}
      </p>
    </div>
  );
}
