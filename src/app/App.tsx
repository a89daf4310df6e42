import { useEffect } from 'react';
import { useConfigQuery } from '@/api/config';
import { LazyPart } from '@/components/ui/lazy-part';
import { LoadError } from '@/features/data-status/components/load-error';
import { Loading } from '@/features/data-status/components/loading';
import { usePartnersQuery } from '@/hooks/use-partners';
import { selectProfile, useUiStore } from '@/stores/ui-store';
import { AppShell } from './app-shell';
import { ConsolePage, preloadMode } from './mode-parts';
import { startPlaybackController } from './playback-controller';
import { useHydrateFromUrl, useUrlWriter } from './url-sync';
import { useDocumentAttrs } from './use-document-attrs';

/** Loads config and partners, keeps the store in step with them and the URL, then shows the mode's page. */
export function App() {
  const config = useConfigQuery();
  useHydrateFromUrl(config.data);
  useDocumentAttrs();
  const profile = useUiStore(selectProfile);
  // The mode's own code loads alongside the data; the page shows once both are in.
  useEffect(() => preloadMode(profile), [profile]);
  const { query: partners, urlError } = usePartnersQuery();
  const data = partners.data;
  useEffect(() => {
    if (data) useUiStore.getState().loadCatalog(data);
  }, [data]);
  useUrlWriter(config.data, Boolean(data));
  useEffect(() => startPlaybackController(), []);

  if (config.error) return <LoadError error={config.error} onRetry={() => void config.refetch()} />;
  if (urlError) return <LoadError error={urlError} onRetry={() => window.location.reload()} />;
  if (partners.error)
    return <LoadError error={partners.error} onRetry={() => void partners.refetch()} />;
  if (!config.data || !data) return <Loading />;

  return (
    <LazyPart fallback={<Loading />}>
      {profile.page === 'presenter-console' ? <ConsolePage /> : <AppShell />}
    </LazyPart>
  );
}
