import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useT } from '../i18n/useI18n';
import { focusWithoutScroll, returnFocus } from './focus';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
  /**
   * Where focus goes when the dialog closes, if not to the element that had it when the dialog opened: for a
   * dialog that opens on its own later (after a file is read), the control that started it.
   */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/**
 * A modal question on the native <dialog> with showModal(): the page behind is inert, focus moves into the
 * dialog, Escape cancels, and on closing focus returns to what opened it (or to the step's heading if that is
 * gone), so a keyboard user continues where they were.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, tone = 'primary', onConfirm, onCancel, returnFocusTo }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const t = useT();
  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const opener = returnFocusTo?.current ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // A destructive question starts on Cancel, so a second Enter meant for the page cannot confirm it.
    focusWithoutScroll(tone === 'danger' ? cancelRef.current : confirmRef.current);
    return () => {
      // The dialog unmounts with `open` false; closing it first keeps the browser's top layer in step.
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      returnFocus(opener);
    };
    // The question's tone and return target are fixed while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        // Handled here rather than left to the browser's cancel event: the page's own Escape (leaving presenter
        // mode) must not see the key that closed the dialog.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div className="dialog__body">{children}</div>
      <div className="dialog__actions">
        <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
        <button ref={confirmRef} type="button" className={`button button--${tone}`} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
