import { AppDialog } from '@/components/ui/app-dialog';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '@/stores/ui-store';

const GENERAL = ['tab', 'skip', 'mapArrows', 'enter', 'escape', 'zoom', 'slider', 'help'] as const;
const PRESENTER = [
  'next',
  'previous',
  'space',
  'digits',
  'zero',
  'black',
  'lang',
  'reset',
  'fullscreen',
] as const;

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
  const present = useUiStore((s) => s.mode === 'present');
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

  const rows = (keys: readonly string[]) =>
    keys.map((k) => (
      <div key={k} className="help-row">
        <dt>
          <kbd>{t(`help.keys.${k}`)}</kbd>
        </dt>
        <dd>{t(`help.does.${k}`)}</dd>
      </div>
    ));

  return (
    <AppDialog
      open={open}
      onOpenChange={(next) => openDialog(next ? 'help' : null)}
      trigger={t('help.button')}
      title={t('help.title')}
      description={t('help.intro')}
      closeLabel={t('about.close')}
      className="help-dialog"
    >
      <h3>{t('help.general')}</h3>
      <dl className="help-keys">{rows(GENERAL)}</dl>
      <h3>{t('help.presenter')}</h3>
      <p className="help-note">{present ? t('help.presenterOn') : t('help.presenterOff')}</p>
      <dl className="help-keys">{rows(PRESENTER)}</dl>
    </AppDialog>
  );
}
