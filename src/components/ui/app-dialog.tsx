import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Text of the button that opens it. */
  trigger: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  closeLabel: string;
  className?: string;
  children?: ReactNode;
}

/** A modal dialog with its trigger button, title and close button (Radix: focus trap, Escape, labelling). */
export function AppDialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  closeLabel,
  className,
  children,
}: Props) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger className="text-button">{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className={className ? `dialog ${className}` : 'dialog'}
          {...(description ? {} : { 'aria-describedby': undefined })}
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
