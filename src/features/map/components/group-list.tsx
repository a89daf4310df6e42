import { lazy, useEffect, useState } from 'react';
import { LazyPart } from '@/components/ui/lazy-part';
import type { GroupListing } from '../engine/group-actions';

// The list's code loads with the first group opened (issue 19: not on the first view).
const GroupListBody = lazy(() => import('./group-list-body'));

interface Props {
  /** Calls back with the group to list (null: none); returns the unsubscribe. */
  subscribe: (listener: (listing: GroupListing | null) => void) => () => void;
}

/**
 * The members of a group that no zoom tells apart, beside its marker: each opens its partner.
 * Focus moves into the list; ↑ ↓ move between members, Escape closes it and returns to the map.
 */
export function GroupList({ subscribe }: Props) {
  const [listing, setListing] = useState<GroupListing | null>(null);
  useEffect(() => subscribe(setListing), [subscribe]);
  if (!listing) return null;
  return (
    <LazyPart>
      <GroupListBody listing={listing} onDismiss={() => setListing(null)} />
    </LazyPart>
  );
}
