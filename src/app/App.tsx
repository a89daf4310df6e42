import { lazy, useEffect, useMemo } from 'react';
import { useConfig } from '@/api/config';
import { DEFAULT_DATA_URL, resolveDataUrl, usePartners } from '@/api/partners';
import { LoadError } from '@/features/data-status/components/load-error';
import { Loading } from '@/features/data-status/components/loading';
import { useUiStore } from '@/stores/ui-store';
import { AppShell, preloadMode } from './app-shell';
import { useDescribePartner } from './use-describe-partner';
import { reconcileWithData, useHydrateFromUrl, useUrlWriter } from './url-sync';
import { useDocumentAttrs } from './use-document-attrs';
import { LazyPart } from '@/components/ui/lazy-part';

const loadConsole = () => import('@/features/presenter/components/console-view');
const ConsoleView = lazy(() => loadConsole().then((m) => ({ default: m.ConsoleView })));
// The studio's grid, spreadsheet library and worker load in ?mode=studio only.
const loadStudio = () => import('@/features/studio/components/studio-view');
const StudioView = lazy(() => loadStudio().then((m) => ({ default: m.StudioView })));

/** Layout shell: loads config and partners, then composes the features. */
export function App() {
  const config = useConfig();
  const hydrated = useHydrateFromUrl(config.data);
  useDocumentAttrs();
  const dataParam = useUiStore((s) => s.data);
  const mode = useUiStore((s) => s.mode);
  // The mode's own code loads alongside the data; the shell shows once both are in.
  useEffect(() => {
    if (mode === 'console') loadConsole().catch(() => undefined);
    else if (mode === 'studio') loadStudio().catch(() => undefined);
    else preloadMode(mode);
  }, [mode]);
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
    <LazyPart fallback={<Loading />}>
      {mode === 'console' ? (
        <ConsoleView config={config.data} partners={list} />
      ) : mode === 'studio' ? (
        <StudioView
          config={config.data}
          dataFile={dataUrl.url ?? DEFAULT_DATA_URL}
          renderPreview={(edited) => (
            <AppShell
              config={config.data}
              partners={edited}
              problems={[]}
              dataFile={dataUrl.url ?? DEFAULT_DATA_URL}
              describe={describe}
            />
          )}
        />
      ) : (
        <AppShell
          config={config.data}
          partners={list}
          problems={partners.data?.problems ?? []}
          dataFile={dataUrl.url ?? DEFAULT_DATA_URL}
          describe={describe}
        />
      )}
    </LazyPart>
  );
}
