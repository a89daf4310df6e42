import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { LazyPart } from '@/components/ui/lazy-part';

/** What a dialog loaded on demand gets from its AppDialog: its state, and where focus returns. */
export interface DialogState {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opens it: focus goes back there on close. */
  trigger: RefObject<HTMLButtonElement | null>;
  contentId: string;
}

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Text of the button that opens it. */
  trigger: ReactNode;
  /** A header tool's icon (app-header.css): on narrow screens the icon shows, the text stays its name. */
  tool?: string;
  /** Starts loading the dialog's module; called on hover and focus, so a click finds it loaded. */
  preload: () => Promise<unknown>;
  /** The dialog: a lazy component that renders a DialogFrame with this state. */
  children: (state: DialogState) => ReactNode;
}

/**
 * A dialog's button, always in the page, and the dialog itself, loaded when first opened (issue 8:
 * the first view loads only what it needs). The button carries what Radix's Trigger would.
 */
export function AppDialog({ open, onOpenChange, trigger, tool, preload, children }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  const contentId = useId();
  // Mounted from the first opening on, then kept: closing plays out and returns focus as before.
  const [used, setUsed] = useState(open);
  if (open && !used) setUsed(true);
  const warm = () => void preload().catch(() => undefined);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="text-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? contentId : undefined}
        data-state={open ? 'open' : 'closed'}
        data-tool={tool}
        onClick={() => onOpenChange(!open)}
        onPointerEnter={warm}
        onFocus={warm}
      >
        {tool ? <span className="tool-label">{trigger}</span> : trigger}
      </button>
      {used && <LazyPart>{children({ open, onOpenChange, trigger: button, contentId })}</LazyPart>}
    </>
  );
}
