import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveRegion } from '@/components/ui/live-region';
import { Toast } from '@/components/ui/toast';
import { AboutDialog } from '@/features/about/components/about-dialog';
import { BadRecordsNotice } from '@/features/data-status/components/bad-records-notice';
import { AppHeader } from '@/features/header/components/app-header';
import { HelpDialog } from '@/features/help/components/help-dialog';
import { Legend } from '@/features/legend/components/legend';
import { MapView } from '@/features/map/components/map-view';
import { NumbersSection } from '@/features/numbers/components/numbers-section';
import { DetailsPanel } from '@/features/partner-details/components/details-panel';
import { PartnerList } from '@/features/partner-list/components/partner-list';
import { ShareDialog } from '@/features/share/components/share-dialog';
import { UpdateNotice } from '@/features/offline/components/update-notice';
import { Timeline } from '@/features/timeline/components/timeline';
import { Dock, type DockPanel } from '@/features/layout/components/dock';
import { useDockState } from '@/features/layout/hooks/use-dock-state';
import { useLayoutClass } from '@/features/layout/hooks/use-layout-class';
import { useMapBox } from '@/features/layout/hooks/use-map-box';
import { isTabbed } from '@/features/layout/layout-class';
import type { AppConfig } from '@/lib/schema/config-schema';
import type { Problem } from '@/lib/schema/validate-partners';
import type { Mode } from '@/lib/url/url-state';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';

// Each mode's own code loads in that mode only (issue 8: the first view loads only what it needs).
// App starts these imports as soon as the mode is known, while the data loads, and waits for them
// under its Suspense: the mode's keys, buttons and embed API are there from the shell's first frame.
const load = {
  kiosk: () => import('@/features/kiosk/components/kiosk-layer'),
  phone: () => import('@/features/kiosk/components/phone-dialog'),
  presenter: () => import('@/features/presenter/components/presenter-layer'),
  fullscreen: () => import('@/features/presenter/components/fullscreen-button'),
  embed: () => import('@/features/embed/components/embed-bridge'),
};
const KioskLayer = lazy(() => load.kiosk().then((m) => ({ default: m.KioskLayer })));
const PhoneDialog = lazy(() => load.phone().then((m) => ({ default: m.PhoneDialog })));
const PresenterLayer = lazy(() => load.presenter().then((m) => ({ default: m.PresenterLayer })));
const FullscreenButton = lazy(() =>
  load.fullscreen().then((m) => ({ default: m.FullscreenButton })),
);
const EmbedBridge = lazy(() => load.embed().then((m) => ({ default: m.EmbedBridge })));
const TAB_ORDER = ['partners', 'fields', 'timeline', 'numbers'];

/** Starts loading the shell's code for `mode`; errors surface where the lazy parts render. */
export function preloadMode(mode: Mode | null) {
  const parts =
    mode === 'kiosk'
      ? [load.kiosk, load.phone]
      : mode === 'present'
        ? [load.presenter, load.fullscreen]
        : mode === 'embed'
          ? [load.embed]
          : [];
  for (const part of parts) part().catch(() => undefined);
}

interface Props {
  config: AppConfig;
  partners: readonly Partner[];
  problems: readonly Problem[];
  dataFile: string;
  describe: (id: string) => string;
}

/** Layout: header, the map (with the timeline on wide screens), the dock of panels, and the mode's layer. */
export function AppShell({ config, partners, problems, dataFile, describe }: Props) {
  const { t } = useTranslation();
  const mode = useUiStore((s) => s.mode);
  const flags = useUiStore((s) => s.flags);
  const listOpen = useUiStore((s) => s.listOpen);
  const setListOpen = useUiStore((s) => s.setListOpen);
  const showList = flags.list || listOpen;
  const layout = useLayoutClass();
  const tabbed = isTabbed(layout);
  const dock = useDockState('partners');
  useMapBox('.map-region', layout);

  const timeline = flags.timeline && <Timeline config={config} partners={partners} />;
  const panels: DockPanel[] = [];
  if (mode !== 'embed')
    panels.push({
      id: 'numbers',
      label: t('numbers.title'),
      content: <NumbersSection config={config} partners={partners} />,
    });
  if (flags.legend)
    panels.push({
      id: 'fields',
      label: t('legend.title'),
      content: <Legend config={config} partners={partners} />,
    });
  panels.push({
    id: 'partners',
    label: t('list.heading'),
    content: (
      <>
        {!flags.list && (
          <button
            id="partner-list-toggle"
            type="button"
            className="text-button"
            aria-expanded={listOpen}
            onClick={() => setListOpen(!listOpen)}
          >
            {listOpen ? t('list.hideList') : t('list.showList')}
          </button>
        )}
        {showList && <PartnerList config={config} partners={partners} />}
      </>
    ),
  });
  if (tabbed && timeline)
    panels.push({ id: 'timeline', label: t('timeline.heading'), content: timeline });
  // A sidebar reads numbers, fields, partners; tabs read Partners, Fields, Timeline, By the numbers.
  // Panels are keyed, so reordering them on a resize moves them without remounting.
  if (layout !== 'wide') panels.sort((a, b) => TAB_ORDER.indexOf(a.id) - TAB_ORDER.indexOf(b.id));

  return (
    <div className="app" data-layout={layout}>
      <a
        className="skip-link"
        href={showList ? '#partner-list' : '#partner-list-toggle'}
        onClick={() => dock.reveal('partners')}
      >
        {t('app.skipToList')}
      </a>
      {flags.header && (
        <AppHeader config={config}>
          {mode === 'present' && <FullscreenButton />}
          {mode === 'kiosk' && <PhoneDialog config={config} />}
          <AboutDialog config={config} partners={partners} />
          <HelpDialog />
          {mode !== 'kiosk' && <ShareDialog config={config} />}
        </AppHeader>
      )}
      <BadRecordsNotice file={dataFile} problems={problems} />
      <main className="app-main">
        <div className="stage">
          <MapView config={config} partners={partners} describe={describe} />
          {!tabbed && timeline}
        </div>
        <Dock
          layout={layout}
          panels={panels}
          state={dock}
          footer={mode === 'kiosk' && <KioskLayer config={config} partners={partners} />}
        />
        {mode === 'present' && <PresenterLayer config={config} partners={partners} />}
      </main>
      <DetailsPanel config={config} partners={partners} />
      {mode === 'embed' && <EmbedBridge config={config} partners={partners} />}
      <UpdateNotice />
      <Toast />
      <LiveRegion />
    </div>
  );
}
