import { useTranslation } from 'react-i18next';
import { contentLangOf } from '@/lib/i18n/languages';
import { usePartners } from '@/hooks/use-partners';
import { signedIn } from '@/lib/timeline/histogram';
import { visiblePartners } from '@/lib/view/visibility';
import { useUiStore } from '@/stores/ui-store';
import { useYearText } from '../hooks/use-year-text';
import { PlaybackControls } from './playback-controls';
import { YearHistogram } from './year-histogram';
import { YearSlider } from './year-slider';
import './timeline.css';

/** The network's growth: histogram, cumulative year slider, playback and a caption of what is new. */
export function Timeline() {
  const { t } = useTranslation();
  const { partners, range } = usePartners();
  const valueText = useYearText();
  const year = useUiStore((s) => s.year);
  const fields = useUiStore((s) => s.fields);
  const lang = useUiStore((s) => contentLangOf(s.lang));
  const fresh = year === null ? [] : signedIn(partners, year);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-head">
        <h2 id="timeline-heading" className="visually-hidden">
          {t('timeline.heading')}
        </h2>
        <p className="timeline-caption" data-testid="timeline-caption">
          <span className="timeline-year">{year ?? t('timeline.todayCap')}</span>
          <span className="timeline-new">
            {fresh.length > 0
              ? t('timeline.new', { names: fresh.map((p) => p.name[lang]).join(', ') })
              : t('comparison.partners', {
                  count: visiblePartners(partners, year, fields).length,
                })}
          </span>
        </p>
        <PlaybackControls />
      </div>
      <YearHistogram />
      <YearSlider valueText={valueText} />
      <div className="timeline-scale" aria-hidden="true">
        <span>{range.first}</span>
        <span>{t('timeline.todayCap')}</span>
      </div>
    </section>
  );
}
