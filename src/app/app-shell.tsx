import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyPart } from '@/components/ui/lazy-part';
import { AboutDialog } from '@/features/about/components/about-dialog';
import { BadRecordsNotice } from '@/features/data-status/components/bad-records-notice';
import { AppHeader } from '@/features/header/components/app-header';
import { HelpDialog } from '@/features/help/components/help-dialog';
import { Dock, type DockPanel } from '@/features/layout/components/dock';
import { useDockState } from '@/features/layout/hooks/use-dock-state';
import { useLayoutClass } from '@/features/layout/hooks/use-layout-class';
import { useMapBox } from '@/features/layout/hooks/use-map-box';
import { isTabbed } from '@/features/layout/layout-class';
import { Legend } from '@/features/legend/components/legend';
import { MapView } from '@/features/map/components/map-view';
import { NumbersSection } from '@/features/numbers/components/numbers-section';
import { DetailsPanel } from '@/features/partner-details/components/details-panel';
import { PartnerList } from '@/features/partner-list/components/partner-list';
import { ShareDialog } from '@/features/share/components/share-dialog';
import { afterFirstView } from '@/lib/map-settled';
import { Timeline } from '@/features/timeline/components/timeline';
import { selectProfile, useUiStore } from '@/stores/ui-store';
import { Announcer, NoticeToast } from './store-ui';
import { ModeParts, SLOTS } from './mode-parts';

const TAB_ORDER = ['partners', 'fields', 'timeline', 'numbers'];
// Newer data can only be reported once the offline worker runs, after the first view.
const UpdateNotice = lazy(() =>
  afterFirstView
    .then(() => import('@/features/offline/components/update-notice'))
    .then((m) => ({ default: m.UpdateNotice })),
);

/** Layout: header, the map (with the timeline on wide screens), the dock of panels, and the mode's parts. */
export function AppShell() {
  const { t } = useTranslation();
  const profile = useUiStore(selectProfile);
  const flags = useUiStore((s) => s.flags);
  const listOpen = useUiStore((s) => s.listOpen);
  const setListOpen = useUiStore((s) => s.setListOpen);
  const showList = flags.list || listOpen;
  const layout = useLayoutClass();
  const tabbed = isTabbed(layout);
  const dock = useDockState('partners');
  useMapBox('.map-region', layout);

  const timeline = flags.timeline && <Timeline />;
  const panels: DockPanel[] = [];
  if (profile.numbers)
    panels.push({ id: 'numbers', label: t('numbers.title'), content: <NumbersSection /> });
  if (flags.legend) panels.push({ id: 'fields', label: t('legend.title'), content: <Legend /> });
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
        {showList && <PartnerList />}
      </>
    ),
  });
  if (tabbed && timeline)
    panels.push({ id: 'timeline', label: t('timeline.heading'), content: timeline });
  // A sidebar reads numbers, fields, partners; tabs read Partners, Fields, Timeline, By the numbers.
  // Panels are keyed, so reordering them on a resize moves them without remounting.
  if (layout !== 'wide') panels.sort((a, b) => TAB_ORDER.indexOf(a.id) - TAB_ORDER.indexOf(b.id));
  const footer = profile.parts.some((id) => SLOTS[id] === 'dock-footer');

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
        <AppHeader>
          <ModeParts profile={profile} slot="header" />
          <AboutDialog />
          <HelpDialog />
          {profile.share && <ShareDialog />}
        </AppHeader>
      )}
      <BadRecordsNotice />
      <main className="app-main">
        <div className="stage">
          <MapView />
          {!tabbed && timeline}
        </div>
        <Dock
          layout={layout}
          panels={panels}
          state={dock}
          footer={footer && <ModeParts profile={profile} slot="dock-footer" />}
        />
        <ModeParts profile={profile} slot="stage" />
      </main>
      <DetailsPanel />
      <ModeParts profile={profile} slot="root" />
      <LazyPart>
        <UpdateNotice />
      </LazyPart>
      <NoticeToast />
      <Announcer />
    </div>
  );
}
