import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '@/hooks/use-labels';
import { otherLang } from '@/i18n/i18n';
import type { AppConfig } from '@/lib/schema/config-schema';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';
import { FieldChips } from './field-chips';
import { Milestones } from './milestones';
import { SourceLinks } from './source-links';

interface Props {
  config: AppConfig;
  partners: readonly Partner[];
}

/** The selected partner's facts and sources; Escape or the close button return focus where it was. */
export function DetailsPanel({ config, partners }: Props) {
  const { t } = useTranslation();
  const labels = useLabels(config);
  const id = useUiStore((s) => s.partner);
  const select = useUiStore((s) => s.select);
  const partner = partners.find((p) => p.id === id);
  // The store clears the id before the close animation ends; remember it to return focus.
  const lastId = useRef<string | null>(null);
  // Where focus was when the panel opened (a list entry, the map, a table row): it returns there.
  // Read synchronously in the store subscription, before the panel takes focus.
  const opener = useRef<Element | null>(null);
  useEffect(
    () =>
      useUiStore.subscribe((s, prev) => {
        if (s.partner && !prev.partner) opener.current = document.activeElement;
        if (s.partner) lastId.current = s.partner;
      }),
    [],
  );
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
            const back =
              opener.current instanceof HTMLElement &&
              opener.current.isConnected &&
              opener.current !== document.body
                ? opener.current
                : document.querySelector<HTMLElement>(
                    `[data-partner-id="${lastId.current ?? ''}"]`,
                  );
            opener.current = null;
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
                <FieldChips config={config} fields={partner.fields} labels={labels} />
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
