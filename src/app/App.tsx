import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '@/api/config';
import { DEFAULT_DATA_URL, resolveDataUrl, usePartners } from '@/api/partners';
import { AboutDialog } from '@/features/about/components/about-dialog';
import { BadRecordsNotice } from '@/features/data-status/components/bad-records-notice';
import { LoadError } from '@/features/data-status/components/load-error';
import { Loading } from '@/features/data-status/components/loading';
import { AppHeader } from '@/features/header/components/app-header';
import { Legend } from '@/features/legend/components/legend';
import { NumbersSection } from '@/features/numbers/components/numbers-section';
import { Timeline } from '@/features/timeline/components/timeline';
import { LiveRegion } from '@/components/ui/live-region';
import { Toast } from '@/components/ui/toast';
import { MapView } from '@/features/map/components/map-view';
import { DetailsPanel } from '@/features/partner-details/components/details-panel';
import { PartnerList } from '@/features/partner-list/components/partner-list';
import { useUiStore } from '@/stores/ui-store';
import { useDescribePartner } from './use-describe-partner';
import { reconcileWithData, useHydrateFromUrl, useUrlWriter } from './url-sync';

/** Layout shell: loads config and partners, then composes the features. */
export function App() {
  const { t } = useTranslation();
  const config = useConfig();
  const hydrated = useHydrateFromUrl(config.data);
  const dataParam = useUiStore((s) => s.data);
  const dataUrl = useMemo(() => {
    if (!config.data || !hydrated) return { url: null, error: null };
    try {
      return { url: resolveDataUrl(dataParam, config.data, document.baseURI), error: null };
    } catch (error) {
      return { url: null, error };
    }
  }, [config.data, hydrated, dataParam]);
  const partners = usePartners(dataUrl.url, config.data);
  const list = partners.data?.partners;
  useEffect(() => {
    if (list) reconcileWithData(list);
  }, [list]);
  useUrlWriter(config.data, Boolean(list));
  const describe = useDescribePartner(config.data, list);

  if (config.error) return <LoadError error={config.error} onRetry={() => void config.refetch()} />;
  if (dataUrl.error)
    return <LoadError error={dataUrl.error} onRetry={() => window.location.reload()} />;
  if (partners.error)
    return <LoadError error={partners.error} onRetry={() => void partners.refetch()} />;
  if (!config.data || !list) return <Loading />;

  return (
    <div className="app">
      <a className="skip-link" href="#partner-list">
        {t('app.skipToList')}
      </a>
      <AppHeader config={config.data}>
        <AboutDialog config={config.data} partners={list} />
      </AppHeader>
      <BadRecordsNotice
        file={dataUrl.url ?? DEFAULT_DATA_URL}
        problems={partners.data?.problems ?? []}
      />
      <main className="app-main">
        <div className="stage">
          <MapView config={config.data} partners={list} describe={describe} />
          <Timeline config={config.data} partners={list} />
        </div>
        <aside className="sidebar">
          <NumbersSection config={config.data} partners={list} />
          <Legend config={config.data} partners={list} />
          <PartnerList config={config.data} partners={list} />
        </aside>
      </main>
      <DetailsPanel config={config.data} partners={list} />
      <Toast />
      <LiveRegion />
    </div>
  );
}
