import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isHttpUrl } from '@/lib/schema/text';
import { LazyPart } from '@/components/ui/lazy-part';

// QR codes are only needed on the kiosk: loaded on first use.
const QrCode = lazy(() => import('./qr-code'));

interface Props {
  href: string;
  children: ReactNode;
  /** Short text for the QR code's accessible name. */
  title: string;
  /** Show a QR code instead of a link (the kiosk: no way to leave the app there). */
  asQr: boolean;
}

/** A link out: a new tab, or a QR code where the visitor cannot leave the app. */
export function ExternalLink({ href, children, title, asQr }: Props) {
  const { t } = useTranslation();
  if (!isHttpUrl(href)) return <span>{children}</span>;
  if (asQr) {
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
