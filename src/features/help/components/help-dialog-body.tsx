import { useTranslation } from 'react-i18next';
import type { DialogState } from '@/components/ui/app-dialog';
import { DialogFrame } from '@/components/ui/dialog-frame';
import { useModeProfile } from '@/hooks/use-mode-profile';

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

/** The key-help dialog itself, loaded on first open. */
export default function HelpDialogBody(state: DialogState) {
  const { t } = useTranslation();
  const present = useModeProfile().presenterKeys;

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
    <DialogFrame
      {...state}
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
    </DialogFrame>
  );
}
