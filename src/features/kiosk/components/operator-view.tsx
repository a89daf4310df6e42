import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_VERSION } from '@/config/app-version';
import { loadLang } from '@/i18n/i18n';
import { contentLangOf } from '@/lib/i18n/languages';
import { useUiStore } from '@/stores/ui-store';
import { contextLosses } from '../lib/context-losses';
import { useKioskHealth } from '../stores/kiosk-health-store';
import { readHeapMB, readWorkerState, type WorkerState } from '../lib/page-health';
import './operator-view.css';

const REFRESH_MS = 1000;

interface Props {
  dataUpdated: string;
  partnerCount: number;
  onClose: () => void;
}

function formatUptime(ms: number): string {
  const s = Math.floor(ms / 1000);
  const hms = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  return hms.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join(':');
}

/** For staff: how this kiosk has been doing since its last reload. Reads only; stores nothing. */
export function OperatorView({ dataUpdated, partnerCount, onClose }: Props) {
  const { i18n } = useTranslation();
  // A staff view: vi or en only (the content language of any interface language).
  const lang = useUiStore((s) => contentLangOf(s.lang));
  const [loaded, setLoaded] = useState(() => i18n.hasResourceBundle(lang, 'translation'));
  useEffect(() => {
    void loadLang(lang).then(() => setLoaded(true));
  }, [lang]);
  const t = i18n.getFixedT(loaded ? lang : 'vi');
  const health = useKioskHealth();
  const [now, setNow] = useState(() => performance.now());
  const [worker, setWorker] = useState<WorkerState>('none');
  useEffect(() => {
    const tick = () => {
      setNow(performance.now());
      void readWorkerState().then(setWorker);
    };
    tick();
    const timer = window.setInterval(tick, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, []);
  const heap = readHeapMB();
  const number = (n: number) => n.toLocaleString(lang);

  const rows: [string, string][] = [
    [t('operator.uptime'), formatUptime(now)],
    [t('operator.resets'), number(health.resets)],
    [t('operator.attractCycles'), number(health.attractCycles)],
    [t('operator.contextLosses'), number(contextLosses.length)],
    [t('operator.reloads'), number(health.reloads)],
    [t('operator.dataUpdated'), dataUpdated],
    [t('operator.partners'), number(partnerCount)],
    [t('operator.version'), APP_VERSION],
    [t('operator.worker'), t(`operator.workerState.${worker}`)],
    [t('operator.heap'), heap === null ? t('operator.notReported') : `${heap.toFixed(1)} MB`],
  ];

  return (
    <section className="operator-view" aria-labelledby="operator-title" lang={loaded ? lang : 'vi'}>
      <h2 id="operator-title">{t('operator.title')}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="text-button" onClick={onClose}>
        {t('operator.close')}
      </button>
    </section>
  );
}
