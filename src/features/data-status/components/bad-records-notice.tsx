import { lazy } from 'react';
import { LazyPart } from '@/components/ui/lazy-part';
import { usePartners } from '@/hooks/use-partners';

// The list's code loads only for a file with records left out (issue 19: not on a clean first view).
const BadRecordsList = lazy(() => import('./bad-records-list'));

/** Names each record left out, so nothing is lost silently; the valid ones still show. */
export function BadRecordsNotice() {
  const { problems } = usePartners();
  if (problems.length === 0) return null;
  return (
    <LazyPart>
      <BadRecordsList />
    </LazyPart>
  );
}
