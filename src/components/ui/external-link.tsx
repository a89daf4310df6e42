import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isHttpUrl } from '@/lib/schema/text';
import { useUiStore } from '@/stores/ui-store';
import { LazyPart } from '@/components/ui/lazy-part';

// QR codes are only needed on the kiosk: loaded on first use.
const QrCode = lazy(() => import('./qr-code'));

interface Props {
  href: string;
  children: ReactNode;
  /** Short text for the QR code's accessible name. */
  title: string;
}

/** A link out: a new tab on the web, a QR code on the kiosk (no way to leave the app there). */
export function ExternalLink({ href, children, title }: Props) {
  const { t } = useTranslation();
  const kiosk = useUiStore((s) => s.mode === 'kiosk');
  if (!isHttpUrl(href)) return <span>{children}</span>;
  if (kiosk) {
    return (
      <span className="qr-link">
        <span>{children}</span>
        <LazyPart>
          <QrCode text={href} label={t('kiosk.qrOf', { title })} size={132} />
        </LazyPart>
      </span>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {t('panel.opensNewTab')}</span>
    </a>
  );
}
