import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './data-status.css';

/** Says "loading", and after a second that the server is slow. */
export function Loading() {
  const { t } = useTranslation();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), 1000);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {slow ? t('app.loadingSlow') : t('app.loading')}
    </div>
  );
}
