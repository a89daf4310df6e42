import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The class whose input the idle reset leaves to the dialog's own buttons. */
  className: string;
  remaining: number;
  onKeepLooking: () => void;
  onStartOver: () => void;
}

/** "Still there?": keep looking, or start over now; otherwise the reset comes when the count ends. */
export function CountdownDialog({ className, remaining, onKeepLooking, onStartOver }: Props) {
  const { t } = useTranslation();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus({ preventScroll: true }), []);

  return (
    <div
      className={className}
      role="alertdialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-seconds"
    >
      <p id="idle-title" className="idle-title">
        {t('kiosk.stillThere')}
      </p>
      <p id="idle-seconds" className="idle-seconds">
        {t('kiosk.resetIn', { count: remaining })}
      </p>
      <div className="idle-actions">
        <button ref={keep} type="button" className="idle-keep" onClick={onKeepLooking}>
          {t('kiosk.keepLooking')}
        </button>
        <button type="button" className="idle-start-over" onClick={onStartOver}>
          {t('kiosk.startOver')}
        </button>
      </div>
    </div>
  );
}
