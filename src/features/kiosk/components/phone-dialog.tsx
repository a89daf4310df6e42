import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '@/components/ui/app-dialog';
import { useUiStore } from '@/stores/ui-store';
import './phone-dialog.css';
import { withStrings } from '@/i18n/i18n';

// Loaded on first open: the kiosk's first view needs only the button.
const load = withStrings(() => import('./phone-dialog-body'), 'kiosk');
const PhoneDialogBody = lazy(load);

/** "Open on your phone": a QR code of the current view's deep link. */
export function PhoneDialog() {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.dialog === 'phone');
  const openDialog = useUiStore((s) => s.openDialog);
  return (
    <AppDialog
      open={open}
      onOpenChange={(next) => openDialog(next ? 'phone' : null)}
      trigger={t('kiosk.openOnPhone')}
      tool="phone"
      preload={load}
    >
      {(state) => <PhoneDialogBody {...state} />}
    </AppDialog>
  );
}
