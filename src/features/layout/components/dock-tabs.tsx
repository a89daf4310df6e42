import type { KeyboardEvent } from 'react';
import type { DockPanel } from './dock';

interface Props {
  panels: readonly DockPanel[];
  active: string;
  onSelect: (id: string) => void;
  label: string;
}

/** WAI-ARIA tabs: one tab stop, arrows and Home/End move between tabs, selection follows focus. */
export function DockTabs({ panels, active, onSelect, label }: Props) {
  function onKey(e: KeyboardEvent<HTMLButtonElement>) {
    const i = panels.findIndex((p) => p.id === active);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % panels.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + panels.length) % panels.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? panels.length - 1
              : -1;
    const target = panels[next];
    if (!target) return;
    e.preventDefault();
    onSelect(target.id);
    document.getElementById(`dock-tab-${target.id}`)?.focus();
  }
  return (
    <div className="dock-tabs" role="tablist" aria-label={label}>
      {panels.map((p) => (
        <button
          key={p.id}
          id={`dock-tab-${p.id}`}
          type="button"
          role="tab"
          className="dock-tab"
          aria-selected={p.id === active}
          aria-controls={`dock-panel-${p.id}`}
          tabIndex={p.id === active ? 0 : -1}
          onClick={() => onSelect(p.id)}
          onKeyDown={onKey}
        >
          {p.label}
        </button>
      ))}
    </div>
  );
}
