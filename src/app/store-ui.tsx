import { useCallback } from 'react';
import { LiveRegion } from '@/components/ui/live-region';
import { Toast } from '@/components/ui/toast';
import { useUiStore } from '@/stores/ui-store';

/** The one live region, speaking the store's latest announcement. */
export function Announcer() {
  return <LiveRegion announcement={useUiStore((s) => s.announcement)} />;
}

/** The store's notice as a toast. */
export function NoticeToast() {
  const notice = useUiStore((s) => s.notice);
  const dismiss = useCallback(() => useUiStore.getState().setNotice(null), []);
  return <Toast notice={notice} onDismiss={dismiss} />;
}
