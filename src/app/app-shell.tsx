import { useTranslation } from 'react-i18next';
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
import { selectProfile, useUiStore } from '@/stores/ui-store';
import { Announcer, NoticeToast } from './store-ui';
import { ModeParts } from './mode-parts';

/** Layout: header, map with timeline, sidebar with legend and list, panels, and the mode's own layer. */
export function AppShell() {
  const { t } = useTranslation();
  const profile = useUiStore(selectProfile);
  const flags = useUiStore((s) => s.flags);
  const listOpen = useUiStore((s) => s.listOpen);
  const setListOpen = useUiStore((s) => s.setListOpen);
  const showList = flags.list || listOpen;

  return (
    <div className="app">
      <a className="skip-link" href={showList ? '#partner-list' : '#partner-list-toggle'}>
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
          {flags.timeline && <Timeline />}
        </div>
        <aside className="sidebar">
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
          {profile.numbers && <NumbersSection />}
          {flags.legend && <Legend />}
          {showList && <PartnerList />}
        </aside>
        <ModeParts profile={profile} slot="stage" />
      </main>
      <DetailsPanel />
      <ModeParts profile={profile} slot="root" />
      <UpdateNotice />
      <NoticeToast />
      <Announcer />
    </div>
  );
}
