import { useEffect } from 'react';
import { useConfigQuery } from '@/api/config';
import { LazyPart } from '@/components/ui/lazy-part';
import { markMapSettled } from '@/lib/map-settled';
import { LoadError } from '@/features/data-status/components/load-error';
import { Loading } from '@/features/data-status/components/loading';
import { loadDockControls } from '@/features/layout/hooks/use-dock-controls';
import { layoutFor } from '@/features/layout/layout-class';
import { usePartnersQuery } from '@/hooks/use-partners';
import { selectPage, selectProfile, useUiStore } from '@/stores/ui-store';
import { AppShell } from './app-shell';
import { ConsolePage, preloadMode, StudioPage } from './mode-parts';
import { startPlaybackController } from './playback-controller';
import { useHydrateFromUrl, useUrlWriter } from './url-sync';
import { useDocumentAttrs } from './use-document-attrs';

/** Loads config and partners, keeps the store in step with them and the URL, then shows the mode's page. */
export function App() {
  const config = useConfigQuery();
  useHydrateFromUrl(config.data);
  useDocumentAttrs();
  const profile = useUiStore(selectProfile);
  const page = useUiStore(selectPage);
  // The mode's own code loads alongside the data; the page shows once both are in.
  useEffect(() => {
    preloadMode(profile);
    // A narrow window's dock controls too (tabs, the sheet's grip, the fold bar).
    if (layoutFor(profile.layout, window.innerWidth, window.innerHeight) !== 'wide')
      loadDockControls().catch(() => undefined);
  }, [profile]);
  const { query: partners, urlError } = usePartnersQuery();
  const data = partners.data;
  useEffect(() => {
    if (data) useUiStore.getState().loadCatalog(data);
  }, [data]);
  useUrlWriter(config.data, Boolean(data));
  // Without a map to wait for (the console, the studio, a load that failed), this page is the first view.
  const mapless = page !== 'map' || config.isError || partners.isError;
  useEffect(() => {
    if (mapless) markMapSettled();
  }, [mapless]);
  useEffect(() => startPlaybackController(), []);

  // A failed request says what happened from its first failure, and when it will be tried again;
  // "loading" (and, after a second, "slow") is only for a request that has not answered yet.
  for (const query of [config, partners]) {
    const retry = () => void query.refetch();
    if (query.error) return <LoadError error={query.error} onRetry={retry} />;
    if (query.isPending && query.failureCount > 0)
      return (
        <LoadError error={query.failureReason} failures={query.failureCount} onRetry={retry} />
      );
    if (query === config && urlError)
      return <LoadError error={urlError} onRetry={() => window.location.reload()} />;
  }
  if (!config.data || !data) return <Loading />;

  return (
    <LazyPart fallback={<Loading />}>
      {page === 'presenter-console' ? (
        <ConsolePage />
      ) : page === 'data-studio' ? (
        <StudioPage preview={<AppShell />} />
      ) : (
        <AppShell />
      )}
    </LazyPart>
  );
}
