import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

const SHOW_MS = 6000;

/** A short visible notice (also spoken through the live region by whoever sets it); it dismisses itself. */
export function Toast({ notice, onDismiss }: { notice: string | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(onDismiss, SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [notice, onDismiss]);
  if (!notice) return null;
  return (
    <div className="toast" data-testid="toast">
      <span>{notice}</span>
      <button type="button" className="text-button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
