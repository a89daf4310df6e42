import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '@/components/ui/app-dialog';
import { useUiStore } from '@/stores/ui-store';
import './share-dialog.css';
import { withStrings } from '@/i18n/i18n';

// Loaded on first open: the first view needs only the button.
const load = withStrings(() => import('./share-dialog-body'), 'share');
const ShareDialogBody = lazy(load);

/** The Share / Embed dialog: a deep link to the current view and an iframe snippet for a portal. */
export function ShareDialog() {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.dialog === 'share');
  const openDialog = useUiStore((s) => s.openDialog);
  return (
    <AppDialog
      open={open}
      onOpenChange={(next) => openDialog(next ? 'share' : null)}
      trigger={t('share.button')}
      tool="share"
      preload={load}
    >
      {(state) => <ShareDialogBody {...state} />}
    </AppDialog>
  );
}
