import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '@/stores/ui-store';
import type { GroupListing } from '../engine/group-actions';
import './group-list.css';

interface Props {
  listing: GroupListing;
  /** Closes the list (the caller forgets the listing). */
  onDismiss: () => void;
}

/** The open list of a group's members; focus moves into it. Loaded with the first group opened. */
export default function GroupListBody({ listing, onDismiss }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>('.group-list-member')?.focus();
  }, [listing]);

  const close = () => {
    const map = box.current?.closest<HTMLElement>('[data-testid="map"]');
    onDismiss();
    map?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [
      ...(box.current?.querySelectorAll<HTMLButtonElement>('.group-list-member') ?? []),
    ];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = (at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
    items[next]?.focus();
  };
  // A non-modal dialog: ↑ ↓ and Escape are handled for the buttons inside it.
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={box}
      className="group-list"
      role="dialog"
      aria-label={listing.label}
      style={{ left: listing.x, top: listing.y }}
      onKeyDown={onKey}
    >
      <div className="group-list-head">
        <strong>{listing.label}</strong>
        <button type="button" className="icon-button" aria-label={t('panel.close')} onClick={close}>
          ×
        </button>
      </div>
      <ul>
        {listing.members.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              className="text-button group-list-member"
              onClick={() => {
                onDismiss();
                useUiStore.getState().select(m.id);
              }}
            >
              {m.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
