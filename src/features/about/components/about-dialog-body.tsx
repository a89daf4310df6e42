import { useTranslation } from 'react-i18next';
import { homeNameIn } from '@/lib/i18n/home-name';
import { contentLangOf } from '@/lib/i18n/languages';
import { CountComparison } from '@/components/count-comparison';
import type { DialogState } from '@/components/ui/app-dialog';
import { DialogFrame } from '@/components/ui/dialog-frame';
import { ExternalLink } from '@/components/ui/external-link';
import { formatPartialDate } from '@/lib/format/dates';
import { parsePartialDate } from '@/lib/schema/dates';
import { useConfig } from '@/api/config';
import { useUiStore } from '@/stores/ui-store';
import { useModeProfile } from '@/hooks/use-mode-profile';
import { usePartners } from '@/hooks/use-partners';

/** The About dialog itself, loaded on first open. */
export default function AboutDialogBody(state: DialogState) {
  const { t } = useTranslation();
  const config = useConfig();
  const { partners } = usePartners();
  const { qrLinks } = useModeProfile();
  const uiLang = useUiStore((s) => s.lang);
  const lang = contentLangOf(uiLang);
  const home = homeNameIn(config.home, uiLang).text;
  const updated = parsePartialDate(config.dataUpdated);
  return (
    <DialogFrame
      {...state}
      title={t('about.title')}
      description={t('about.what', { home })}
      closeLabel={t('about.close')}
    >
      <CountComparison config={config} partners={partners} asQr={qrLinks} />
      <p>
        {t('about.sources', {
          date: updated ? formatPartialDate(updated, lang) : config.dataUpdated,
        })}
      </p>
      {config.about && config.about.sources.length > 0 && (
        <ul className="sources">
          {config.about.sources.map((s) => (
            <li key={s.url}>
              <ExternalLink href={s.url} title={s.title} asQr={qrLinks}>
                {s.title}
              </ExternalLink>
            </li>
          ))}
        </ul>
      )}
    </DialogFrame>
  );
}
