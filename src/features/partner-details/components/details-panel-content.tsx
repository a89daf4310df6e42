import * as Dialog from '@radix-ui/react-dialog';
import { useTranslation } from 'react-i18next';
import { useLabels } from '@/hooks/use-labels';
import { otherLang } from '@/i18n/i18n';
import { useUiStore } from '@/stores/ui-store';
import { usePartners } from '@/hooks/use-partners';
import { FieldChips } from './field-chips';
import { Milestones } from './milestones';
import { SourceLinks } from './source-links';

interface Props {
  /** Where focus goes back to on close (DetailsPanel recorded it); null leaves it to Radix. */
  focusTarget: () => HTMLElement | null;
}

/** The panel itself (Radix Dialog, non-modal), loaded with the first selection. */
export default function DetailsPanelContent({ focusTarget }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { byId } = usePartners();
  const id = useUiStore((s) => s.partner);
  const select = useUiStore((s) => s.select);
  const partner = id === null ? undefined : byId.get(id);
  const lang = labels.lang;
  const other = otherLang(lang);

  return (
    <Dialog.Root
      open={Boolean(partner)}
      modal={false}
      onOpenChange={(open) => !open && select(null)}
    >
      <Dialog.Portal>
        <Dialog.Content
          className="details-panel"
          aria-describedby={undefined}
          onInteractOutside={(e) => e.preventDefault()}
          onCloseAutoFocus={(e) => {
            const back = focusTarget();
            if (back) {
              e.preventDefault();
              back.focus();
            }
          }}
        >
          {partner && (
            <>
              <div className="details-header">
                <Dialog.Title className="details-title">{partner.name[lang]}</Dialog.Title>
                {partner.name[other] !== partner.name[lang] && (
                  <p className="details-alt" lang={other}>
                    {partner.name[other]}
                  </p>
                )}
                <Dialog.Close className="icon-button details-close" aria-label={t('panel.close')}>
                  <span aria-hidden="true">×</span>
                </Dialog.Close>
              </div>
              {/* A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable). */}
              {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
              <div className="details-body" tabIndex={0}>
                <dl className="details-facts">
                  <dt>{t('panel.country')}</dt>
                  <dd>{labels.country(partner.country)}</dd>
                  <dt>{t('panel.kind')}</dt>
                  <dd>{t(partner.kind === 'city' ? 'panel.city' : 'panel.region')}</dd>
                  <dt>{t('panel.relation')}</dt>
                  <dd>{labels.relation(partner.relation)}</dd>
                  <dt>{t('panel.signed')}</dt>
                  <dd>{labels.date(partner) ?? t('panel.dateUnknown')}</dd>
                </dl>
                <h3>{t('panel.fields')}</h3>
                <FieldChips fields={partner.fields} labels={labels} />
                <p className="details-summary">{partner.summary[lang]}</p>
                {partner.milestones && partner.milestones.length > 0 && (
                  <Milestones milestones={partner.milestones} lang={lang} />
                )}
                {partner.note && (
                  <>
                    <h3>{t('panel.note')}</h3>
                    <p className="details-note">{partner.note[lang]}</p>
                  </>
                )}
                <h3>{t('panel.sources')}</h3>
                <SourceLinks sources={partner.sources} />
                {partner.confidence && (
                  <p className="details-confidence">
                    {t('panel.confidence')}: {t(`panel.confidence_${partner.confidence}`)}
                  </p>
                )}
              </div>
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
