import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '@/hooks/use-labels';
import { openChannel, type ConsoleMessage } from '@/lib/console/channel';
import { usePartners } from '@/hooks/use-partners';
import type { TourStep } from '@/lib/tour/tour';
import { useUiStore } from '@/stores/ui-store';
import { useTour } from '../hooks/use-tour';

type State = Extract<ConsoleMessage, { type: 'state' }>;

/** `?mode=console`: the presenter's second screen — current and next step, the facts, and the controls. */
export function ConsoleView() {
  const { t } = useTranslation();
  const steps = useTour();
  const [state, setState] = useState<State | null>(null);
  const post = useRef<(m: ConsoleMessage) => void>(() => undefined);

  useEffect(() => {
    const link = openChannel((m) => m.type === 'state' && setState(m));
    post.current = link.post;
    link.post({ type: 'command', action: 'hello' });
    return () => link.close();
  }, []);

  useEffect(() => {
    if (state && state.lang !== useUiStore.getState().lang)
      useUiStore.getState().setLang(state.lang);
  }, [state]);

  const send = (action: 'next' | 'previous' | 'play' | 'reset') =>
    post.current({ type: 'command', action });
  const index = state?.tourIndex ?? -1;

  return (
    <div className="console">
      <header className="console-header">
        <h1>{t('console.title')}</h1>
        <p role="status" className="console-status">
          {state
            ? t('console.connected', { index: index + 1, total: steps.length })
            : t('console.waiting')}
        </p>
      </header>
      <nav className="console-controls" aria-label={t('console.controls')}>
        <button type="button" className="text-button" onClick={() => send('previous')}>
          {t('console.previous')}
        </button>
        <button type="button" className="primary-button" onClick={() => send('next')}>
          {t('console.next')}
        </button>
        <button type="button" className="text-button" onClick={() => send('play')}>
          {state?.playing ? t('timeline.pause') : t('timeline.play')}
        </button>
        <button type="button" className="text-button" onClick={() => send('reset')}>
          {t('kiosk.startOver')}
        </button>
      </nav>
      <main className="console-steps">
        <StepCard title={t('console.current')} step={steps[index]} />
        <StepCard title={t('console.upNext')} step={steps[index + 1]} />
      </main>
    </div>
  );
}

function StepCard({ title, step }: { title: string; step: TourStep | undefined }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { byId } = usePartners();
  const lang = labels.lang;
  const partner = step?.type === 'partner' ? byId.get(step.id) : undefined;
  return (
    <section className="console-card" aria-label={title}>
      <h2>{title}</h2>
      {!step && <p>{t('console.none')}</p>}
      {step?.caption && <p className="console-caption">{step.caption[lang]}</p>}
      {step?.type === 'year' && <p>{step.year ?? t('timeline.todayCap')}</p>}
      {step?.type === 'field' && <p>{labels.field(step.field)}</p>}
      {partner && (
        <>
          <p className="console-partner">{partner.name[lang]}</p>
          <p>
            {labels.country(partner.country)} · {labels.date(partner) ?? t('panel.dateUnknown')} ·{' '}
            {labels.relation(partner.relation)}
          </p>
          <p>
            {partner.fields.length
              ? partner.fields.map(labels.field).join(', ')
              : t('panel.noFields')}
          </p>
          <p>{partner.summary[lang]}</p>
          {partner.note && <p className="console-note">{partner.note[lang]}</p>}
        </>
      )}
    </section>
  );
}
