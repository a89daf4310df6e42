import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { DialogState } from '@/components/ui/app-dialog';
import { DialogFrame } from '@/components/ui/dialog-frame';
import { useConfig } from '@/api/config';
import { deepLink } from '@/lib/url/deep-link';
import { urlStateOf, useUiStore } from '@/stores/ui-store';
import { LazyPart } from '@/components/ui/lazy-part';

const QrCode = lazy(() => import('@/components/ui/qr-code'));

/** The "Open on your phone" dialog itself, loaded on first open. */
export default function PhoneDialogBody(state: DialogState) {
  const { t } = useTranslation();
  return (
    <DialogFrame
      {...state}
      title={t('kiosk.openOnPhone')}
      description={t('kiosk.scanThis')}
      closeLabel={t('about.close')}
      className="phone-dialog"
    >
      <ViewQrCode />
    </DialogFrame>
  );
}

/** The QR code of the current view's deep link (rendered, and kept current, while open only). */
function ViewQrCode() {
  const { t } = useTranslation();
  const config = useConfig();
  const link = useUiStore((s) =>
    deepLink(
      urlStateOf(s),
      { defaultLang: config.defaultLang, fieldIds: config.fields.map((f) => f.id) },
      config.publicUrl,
      window.location.href,
    ),
  );
  return (
    <LazyPart>
      <QrCode text={link} label={t('kiosk.qrOf', { title: t('kiosk.thisView') })} size={280} />
    </LazyPart>
  );
}
