import { useTranslation } from 'react-i18next';
import { ExternalLink } from '@/components/ui/external-link';
import { formatPartialDate } from '@/lib/format/dates';
import { parsePartialDate, type PartialDate } from '@/lib/schema/dates';
import type { AppConfig } from '@/lib/schema/config-schema';
import type { Lang, Partner } from '@/types/partner';
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
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
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
      home: config.home.name[lang],
      localities: t('comparison.localities', { count: official.localities }),
      officialCountries: t('comparison.officialCountries', { count: official.countries }),
      agreements: t('comparison.agreements', { count: official.agreements ?? 0 }),
      date: date ? formatPartialDate(asMonth(date), lang) : official.date,
    });
  }
  return (
    <div className="count-comparison">
      <p>{sentence}</p>
      {about && <p>{about.officialCount[lang]}</p>}
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
