import { AppDialog } from '@/components/ui/app-dialog';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from '@/lib/schema/config-schema';
import { deepLink } from '@/lib/url/deep-link';
import { urlStateOf, useUiStore } from '@/stores/ui-store';

const QrCode = lazy(() => import('@/components/ui/qr-code'));

/** "Open on your phone": a QR code of the current view's deep link. */
export function PhoneDialog({ config }: { config: AppConfig }) {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.dialog === 'phone');
  const openDialog = useUiStore((s) => s.openDialog);
  const link = useUiStore((s) =>
    deepLink(
      urlStateOf(s),
      { defaultLang: config.defaultLang, fieldIds: config.fields.map((f) => f.id) },
      config.publicUrl,
      window.location.href,
    ),
  );
  return (
    <AppDialog
      open={open}
      onOpenChange={(next) => openDialog(next ? 'phone' : null)}
      trigger={t('kiosk.openOnPhone')}
      title={t('kiosk.openOnPhone')}
      description={t('kiosk.scanThis')}
      closeLabel={t('about.close')}
      className="phone-dialog"
    >
      <Suspense fallback={null}>
        <QrCode text={link} label={t('kiosk.qrOf', { title: t('kiosk.thisView') })} size={280} />
      </Suspense>
    </AppDialog>
  );
}
