import { lazy, useCallback, useEffect, useRef, useState } from 'react';
import type { AppConfig } from '@/lib/schema/config-schema';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';
import { LazyPart } from '@/components/ui/lazy-part';
import './details-panel.css';

// Loaded with the first selection (at once for a `?partner=` link): the first view has none.
const DetailsPanelContent = lazy(() => import('./details-panel-content'));

interface Props {
  config: AppConfig;
  partners: readonly Partner[];
}

/** The selected partner's facts and sources; Escape or the close button return focus where it was. */
export function DetailsPanel({ config, partners }: Props) {
  const selected = useUiStore((s) => s.partner !== null);
  // The store clears the id before the close animation ends; remember it to return focus.
  const lastId = useRef<string | null>(null);
  // Where focus was when the panel opened (a list entry, the map, a table row): it returns there.
  // Read synchronously in the store subscription, before the panel takes focus; so this part is
  // in the first view, while the panel's module loads with the first selection.
  const opener = useRef<Element | null>(null);
  useEffect(
    () =>
      useUiStore.subscribe((s, prev) => {
        if (s.partner && !prev.partner) opener.current = document.activeElement;
        if (s.partner) lastId.current = s.partner;
      }),
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
      <DetailsPanelContent config={config} partners={partners} focusTarget={focusTarget} />
    </LazyPart>
  );
}
