import { useEffect, useId, useRef, type KeyboardEvent, type MouseEvent, type ReactNode, type SyntheticEvent } from 'react';
import { useMessages } from '../state/app-context.tsx';

/**
 * A modal dialog on the native <dialog>: showModal() keeps focus inside it and makes the page
 * behind it inert. Escape, the close button or a press on the backdrop asks the caller to close
 * it, and focus returns to whatever had it before. Rendered only while open: the caller unmounts it.
 */
export function Dialog({ title, onClose, children, className }: { title: string; onClose: () => void; children: ReactNode; className?: string }) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const { common } = useMessages();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    return () => {
      dialog.close();
      // By the time this runs the dialog may already be out of the page, so the browser's own
      // focus return cannot be relied on.
      opener?.focus?.();
    };
  }, []);

  // Escape fires `cancel`: the caller decides, so the browser does not close the dialog itself.
  const onCancel = (event: SyntheticEvent) => {
    event.preventDefault();
    onClose();
  };
  // The page's own Escape handling (the details panel closes on it) must not see this one.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') event.stopPropagation();
  };
  // A press on the backdrop reaches the <dialog> itself, outside its box; inside the box it is a
  // press on its padding or scroll bar. Its default would move focus to the page, away from the opener.
  const onMouseDown = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target !== event.currentTarget) return;
    const box = event.currentTarget.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (inside) return;
    event.preventDefault();
    onClose();
  };

  return (
    <dialog ref={ref} className={`dialog ${className ?? ''}`} aria-labelledby={titleId} onCancel={onCancel} onKeyDown={onKeyDown} onMouseDown={onMouseDown}>
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={common.close}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
