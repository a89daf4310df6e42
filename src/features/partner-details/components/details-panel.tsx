import { lazy, useCallback, useEffect, useRef, useState } from 'react';
import { useUiStore } from '@/stores/ui-store';
import { LazyPart } from '@/components/ui/lazy-part';
import './details-panel.css';
import { withStrings } from '@/i18n/i18n';

// Loaded with the first selection (at once for a `?partner=` link): the first view has none.
const DetailsPanelContent = lazy(withStrings(() => import('./details-panel-content'), 'details'));

/** The selected partner's facts and sources; Escape or the close button return focus where it was. */
export function DetailsPanel() {
  const selected = useUiStore((s) => s.partner !== null);
  // The store clears the id before the close animation ends; remember it to return focus.
  const lastId = useRef<string | null>(null);
  // Where focus was when the panel opened (a list entry, the map, a table row): it returns there.
  // Read synchronously in the store subscription, before the panel takes focus; so this part is
  // in the first view, while the panel's module loads with the first selection.
  const opener = useRef<Element | null>(null);
  useEffect(
    () =>
      useUiStore.subscribe(
        (s) => s.partner,
        (partner, prev) => {
          if (partner && !prev) opener.current = document.activeElement;
          if (partner) lastId.current = partner;
        },
      ),
    [],
  );
  const focusTarget = useCallback(() => {
    const back =
      opener.current instanceof HTMLElement &&
      opener.current.isConnected &&
      opener.current !== document.body
        ? opener.current
        : document.querySelector<HTMLElement>(`[data-partner-id="${lastId.current ?? ''}"]`);
    opener.current = null;
    return back;
  }, []);
  // Mounted from the first selection on, then kept: closing plays out as before.
  const [used, setUsed] = useState(selected);
  if (selected && !used) setUsed(true);
  if (!used) return null;
  return (
    <LazyPart>
      <DetailsPanelContent focusTarget={focusTarget} />
    </LazyPart>
  );
}
