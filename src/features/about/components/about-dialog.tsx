import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '@/components/ui/app-dialog';
import { useUiStore } from '@/stores/ui-store';
import { withStrings } from '@/i18n/i18n';

// Loaded on first open: the first view needs only the button.
const load = withStrings(() => import('./about-dialog-body'), 'about', 'comparison');
const AboutDialogBody = lazy(load);

/** What the map shows, how complete it is, and where the data comes from. */
export function AboutDialog() {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.dialog === 'about');
  const openDialog = useUiStore((s) => s.openDialog);
  return (
    <AppDialog
      open={open}
      onOpenChange={(next) => openDialog(next ? 'about' : null)}
      trigger={t('about.button')}
      tool="about"
      preload={load}
    >
      {(state) => <AboutDialogBody {...state} />}
    </AppDialog>
  );
}
