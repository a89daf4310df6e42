import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '@/stores/ui-store';

interface Props {
  id: string;
  label: string;
  color: string;
  count: number;
  on: boolean;
  allIds: readonly string[];
}

const LONG_PRESS_MS = 550;

/** A field toggle: click toggles, Alt-click or long-press shows the field alone. */
export function FieldToggle({ id, label, color, count, on, allIds }: Props) {
  const { t } = useTranslation();
  const toggleField = useUiStore((s) => s.toggleField);
  const soloField = useUiStore((s) => s.soloField);
  const timer = useRef<number | undefined>(undefined);
  const longPressed = useRef(false);

  const cancel = () => window.clearTimeout(timer.current);
  return (
    <button
      type="button"
      className="field-toggle"
      aria-pressed={on}
      data-field={id}
      onPointerDown={() => {
        longPressed.current = false;
        timer.current = window.setTimeout(() => {
          longPressed.current = true;
          soloField(id, allIds);
        }, LONG_PRESS_MS);
      }}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onContextMenu={(e) => e.preventDefault()}
      onClick={(e) => {
        if (longPressed.current) return;
        if (e.altKey) soloField(id, allIds);
        else toggleField(id, allIds);
      }}
    >
      <span
        className="swatch"
        style={{ background: on ? color : 'transparent', borderColor: color }}
        aria-hidden="true"
      />
      <span className="field-label">{label}</span>
      <span className="field-count" aria-label={t('legend.count', { count })}>
        {count}
      </span>
    </button>
  );
}
