import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import './toast.css';

/** What shows when a part loaded on demand could not be fetched: a note and a way back. */
function PartFailed() {
  const { t } = useTranslation();
  return (
    <div className="part-failed" role="alert">
      <p>{t('errors.part')}</p>
      <button type="button" className="text-button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </div>
  );
}

/**
 * A part of the UI loaded on demand (issue 8). If its code cannot be fetched (offline before the
 * cache was filled, or a new deployment removed the old file), it says so; the rest keeps working.
 */
export function LazyPart({
  children,
  fallback = null,
}: {
  children: ReactNode;
  fallback?: ReactNode;
}) {
  return (
    <ErrorBoundary fallback={<PartFailed />} onError={(error) => console.error(error)}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </ErrorBoundary>
  );
}
