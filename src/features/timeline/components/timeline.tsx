import { useTranslation } from 'react-i18next';
import type { AppConfig } from '@/lib/schema/config-schema';
import { signedIn } from '@/lib/timeline/histogram';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';
import { useChangeYear, useYearText } from '../hooks/use-change-year';
import { usePlayback } from '../hooks/use-playback';
import { useYearRange } from '../hooks/use-year-range';
import { PlaybackControls } from './playback-controls';
import { YearHistogram } from './year-histogram';
import { YearSlider } from './year-slider';
import './timeline.css';

interface Props {
  config: AppConfig;
  partners: readonly Partner[];
}

/** The network's growth: histogram, cumulative year slider, playback and a caption of what is new. */
export function Timeline({ config, partners }: Props) {
  const { t } = useTranslation();
  const range = useYearRange(partners);
  const changeYear = useChangeYear(partners);
  const valueText = useYearText(partners);
  usePlayback(range, changeYear);
  const year = useUiStore((s) => s.year);
  const lang = useUiStore((s) => s.lang);
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
              : valueText(year)}
          </span>
        </p>
        <PlaybackControls />
      </div>
      <YearHistogram config={config} partners={partners} range={range} onPick={changeYear} />
      <YearSlider range={range} onChange={changeYear} valueText={valueText} />
      <div className="timeline-scale" aria-hidden="true">
        <span>{range.first}</span>
        <span>{t('timeline.todayCap')}</span>
      </div>
    </section>
  );
}
