import { useTranslation } from 'react-i18next';
import { DataError } from '@/api/data-error';

interface Props {
  error: unknown;
  onRetry: () => void;
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

/** A plain-language message for a failed load, with the technical line and a Retry button. */
export function LoadError({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const [key, values] = messageKey(error);
  const detail = error instanceof DataError ? (error.detail ?? error.message) : String(error);
  return (
    <div
      className="load-error"
      role="alert"
      data-error-kind={error instanceof DataError ? error.kind : 'unknown'}
    >
      <p className="load-error-message">{t(key, values)}</p>
      <details>
        <summary>{t('errors.details')}</summary>
        <pre>{detail}</pre>
      </details>
      <button type="button" className="primary-button" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}
