import { useTranslation } from 'react-i18next';
import { ExternalLink } from '@/components/ui/external-link';
import { formatPartialDate } from '@/lib/format/dates';
import { homeNameIn } from '@/lib/i18n/home-name';
import { parsePartialDate, type PartialDate } from '@/lib/schema/dates';
import type { AppConfig } from '@/lib/schema/config-schema';
import { useLabels } from '@/hooks/use-labels';
import type { Partner } from '@/types/partner';
import './count-comparison.css';

interface Props {
  config: AppConfig;
  /** Every partner on the map (not the timeline's year): the count set beside the official one. */
  partners: readonly Partner[];
  /** Links out as QR codes (the mode's profile). */
  asQr: boolean;
}

// The official figure is a statement of a month; its day adds nothing to the comparison.
const asMonth = (date: PartialDate): PartialDate =>
  date.precision === 'day' ? { year: date.year, month: date.month, precision: 'month' } : date;

/** The map's own counts beside the city's official figures, and the config's word on how they differ. */
export function CountComparison({ config, partners, asQr }: Props) {
  const { t } = useTranslation();
  // The config's statement is data: shown in the content language and marked with it.
  const { lang, uiLang } = useLabels();
  const about = config.about;
  const official = about?.official;
  const mapCounts = {
    partners: t('comparison.partners', { count: partners.length }),
    countries: t('comparison.countries', { count: new Set(partners.map((p) => p.country)).size }),
  };
  let sentence = t('comparison.map', mapCounts);
  if (official) {
    const date = parsePartialDate(official.date);
    sentence = t(official.agreements ? 'comparison.officialAgreements' : 'comparison.official', {
      ...mapCounts,
      home: homeNameIn(config.home, uiLang).text,
      localities: t('comparison.localities', { count: official.localities }),
      officialCountries: t('comparison.officialCountries', { count: official.countries }),
      agreements: t('comparison.agreements', { count: official.agreements ?? 0 }),
      date: date ? formatPartialDate(asMonth(date), uiLang) : official.date,
    });
  }
  return (
    <div className="count-comparison">
      <p>{sentence}</p>
      {about && <p lang={lang}>{about.officialCount[lang]}</p>}
      {official && (
        <p className="count-comparison-source">
          {t('comparison.source')}{' '}
          <ExternalLink href={official.source.url} title={official.source.title} asQr={asQr}>
            {official.source.title}
          </ExternalLink>
        </p>
      )}
    </div>
  );
}
