import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '@/stores/ui-store';
import './toast.css';

const SHOW_MS = 6000;

/** A short visible notice (also spoken through the live region by whoever sets it). */
export function Toast() {
  const { t } = useTranslation();
  const notice = useUiStore((s) => s.notice);
  const setNotice = useUiStore((s) => s.setNotice);
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [notice, setNotice]);
  if (!notice) return null;
  return (
    <div className="toast" data-testid="toast">
      <span>{notice}</span>
      <button type="button" className="text-button" onClick={() => setNotice(null)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
