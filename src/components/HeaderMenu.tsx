import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';

/** Whether an event happened in a dialog: one opened from the menu, or over it by a shortcut, is not outside it. */
const inDialog = (target: EventTarget | null) => target instanceof Element && target.closest('dialog') !== null;

/**
 * The header's controls behind a Menu button on narrow screens: phone.css shows the button there
 * and the controls only while it is expanded; on wide screens the button is hidden and the
 * controls sit in the header as they always did. A disclosure, not an ARIA menu: its items are
 * ordinary buttons reached with Tab.
 *
 * Choosing an item, Escape, a press outside or focus moving elsewhere closes it. A press outside
 * lands on a transparent backdrop, so it only closes the menu (it does not also pick a country on
 * the map beneath). Focus goes back to the Menu button rather than staying on a hidden item, and
 * a dialog opened from the menu returns focus there too.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const inside = (target: EventTarget | null) => target instanceof Node && (menuRef.current?.contains(target) || buttonRef.current?.contains(target));
    // Captured, so that it comes first and the details panel (also closed by Escape) stays open.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || inDialog(event.target)) return;
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    };
    // Tab (or anything else) taking focus out of the menu leaves it closed behind.
    const onFocusIn = (event: FocusEvent) => {
      if (!inside(event.target) && !inDialog(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [open]);

  // An item's own click handler has run by now (the event bubbles up here), so a dialog it opens
  // finds the focus on the Menu button: the item is about to be hidden.
  const onItemClick = (event: MouseEvent<HTMLDivElement>) => {
    if (open && event.target instanceof Element && event.target.closest('button')) close();
  };

  return (
    <>
      <button ref={buttonRef} type="button" className="menu-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span className="menu-icon" aria-hidden="true" />
        {label}
      </button>
      {open && <div className="menu-backdrop" data-testid="menu-backdrop" onClick={close} />}
      <div ref={menuRef} id={id} className={open ? 'header-menu is-open' : 'header-menu'} onClick={onItemClick}>
        {children}
      </div>
    </>
  );
}
