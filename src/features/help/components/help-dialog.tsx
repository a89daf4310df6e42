import { lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '@/components/ui/app-dialog';
import { useUiStore } from '@/stores/ui-store';
import './help-dialog.css';
import { withStrings } from '@/i18n/i18n';

// Loaded on first open (by the button or `?`): the first view needs only the button and the key.
const load = withStrings(() => import('./help-dialog-body'), 'help');
const HelpDialogBody = lazy(load);

function isTyping(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || Boolean(target.closest('input, textarea, select')))
  );
}

/** The one key-help dialog for every shortcut of the app, opened by its button or `?`. */
export function HelpDialog() {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.dialog === 'help');
  const openDialog = useUiStore((s) => s.openDialog);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      e.preventDefault();
      openDialog(useUiStore.getState().dialog === 'help' ? null : 'help');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openDialog]);

  return (
    <AppDialog
      open={open}
      onOpenChange={(next) => openDialog(next ? 'help' : null)}
      trigger={t('help.button')}
      tool="keys"
      preload={load}
    >
      {(state) => <HelpDialogBody {...state} />}
    </AppDialog>
  );
}
