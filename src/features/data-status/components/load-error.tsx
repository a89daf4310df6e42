import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { configQueryOptions } from '@/api/config';
import { DataError } from '@/api/data-error';
import { RetryCountdown } from './retry-countdown';
import { reportEmbedError } from '@/lib/embed/report-error';
import { modeFromSearch, profileOf } from '@/lib/modes/profiles';
import { selectProfile, useUiStore } from '@/stores/ui-store';
import './data-status.css';

interface Props {
  error: unknown;
  onRetry: () => void;
  /** Set while the query waits to try again after this failure (the number of failures so far). */
  failures?: number;
}

function messageKey(error: unknown): [string, Record<string, unknown>] {
  if (!(error instanceof DataError)) return ['errors.network', {}];
  switch (error.kind) {
    case 'http':
      return [
        (error.status ?? 0) === 404 ? 'errors.notFound' : 'errors.server',
        { status: error.status },
      ];
    case 'not-json':
      return ['errors.notJson', {}];
    case 'not-collection':
      return ['errors.notCollection', {}];
    case 'empty':
      return ['errors.empty', {}];
    case 'too-big':
      return ['errors.tooBig', {}];
    case 'config':
      return ['errors.config', {}];
    case 'origin':
      return ['errors.dataOrigin', { url: error.detail }];
    default:
      return ['errors.network', {}];
  }
}

/** Embedded (`?mode=embed`): tells the host page, on the allowed origins once the config is known. */
function useReportToHost(error: unknown, final: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!final) return;
    const store = useUiStore.getState();
    // A config failure comes before the URL is read into the store: read the mode from the URL.
    const profile = store.hydrated
      ? selectProfile(store)
      : profileOf(modeFromSearch(window.location.search));
    if (!profile.reportErrorsToHost) return;
    const config = queryClient.getQueryData(configQueryOptions().queryKey);
    const code = error instanceof DataError && error.kind === 'config' ? 'config' : 'data';
    const message = error instanceof Error ? error.message : String(error);
    reportEmbedError(code, message, config?.embed.allowedOrigins ?? []);
  }, [error, queryClient, final]);
}

/**
 * A plain-language message for a failed load, with the technical line and a Retry button. While the
 * query waits to try again, it says when, and Retry becomes "Retry now".
 */
export function LoadError({ error, onRetry, failures }: Props) {
  const { t } = useTranslation();
  const retrying = failures !== undefined;
  useReportToHost(error, !retrying);
  const [key, values] = messageKey(error);
  const detail = error instanceof DataError ? (error.detail ?? error.message) : String(error);
  return (
    <div
      className="load-error"
      role="alert"
      data-error-kind={error instanceof DataError ? error.kind : 'unknown'}
    >
      <p className="load-error-message">{t(key, values)}</p>
      {retrying && <RetryCountdown key={failures} failures={failures} />}
      <details>
        <summary>{t('errors.details')}</summary>
        <pre>{detail}</pre>
      </details>
      <button type="button" className="primary-button" onClick={onRetry}>
        {retrying ? t('errors.retryNow') : t('errors.retry')}
      </button>
    </div>
  );
}
