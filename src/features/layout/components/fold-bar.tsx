import type { DockPanel } from './dock';

interface Props {
  panels: readonly DockPanel[];
  open: string | null;
  onToggle: (id: string) => void;
}

/** Small frames: each panel folds behind a button under the map; one opens at a time. */
export function FoldBar({ panels, open, onToggle }: Props) {
  return (
    <div className="fold-bar">
      {panels.map((p) => (
        <button
          key={p.id}
          type="button"
          className="text-button fold-button"
          aria-expanded={open === p.id}
          aria-controls={`dock-panel-${p.id}`}
          onClick={() => onToggle(p.id)}
        >
          {p.label}
        </button>
      ))}
    </div>
  );
}
