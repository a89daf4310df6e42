import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RETRIES, retryDelayMs } from '@/api/data-error';

/** "Trying again in 2 s (attempt 3 of 4)…": when the query's next automatic try comes. */
export function RetryCountdown({ failures }: { failures: number }) {
  const { t } = useTranslation();
  const [at] = useState(() => Date.now() + retryDelayMs(failures - 1));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.ceil((at - now) / 1000));
  return (
    <p className="load-error-retrying">
      {seconds > 0
        ? t('errors.retryingIn', { count: seconds, attempt: failures + 1, total: MAX_RETRIES + 1 })
        : t('errors.retrying', { attempt: failures + 1, total: MAX_RETRIES + 1 })}
    </p>
  );
}
