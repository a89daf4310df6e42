import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import type { DialogState } from './app-dialog';
import './dialog.css';

interface Props extends DialogState {
  title: ReactNode;
  description?: ReactNode;
  closeLabel: string;
  className?: string;
  children?: ReactNode;
}

/**
 * A modal dialog with its title and close button (Radix: focus trap, Escape, labelling). Only
 * modules loaded on demand import it, so Radix Dialog stays out of the first view; its button is
 * an AppDialog's.
 */
export function DialogFrame({
  open,
  onOpenChange,
  trigger,
  contentId,
  title,
  description,
  closeLabel,
  className,
  children,
}: Props) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          id={contentId}
          className={className ? `dialog ${className}` : 'dialog'}
          {...(description ? {} : { 'aria-describedby': undefined })}
          // The button is not a Radix Trigger: return focus to it as the Trigger would.
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            trigger.current?.focus();
          }}
        >
          <Dialog.Title>{title}</Dialog.Title>
          {description && <Dialog.Description>{description}</Dialog.Description>}
          {children}
          <Dialog.Close className="text-button">{closeLabel}</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
