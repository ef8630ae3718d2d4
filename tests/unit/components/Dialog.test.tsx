// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../src/components/Dialog.tsx';
import { renderWithApp } from './render-app.tsx';

/** A page with one button that opens the dialog, mounted only while open, as the app does. */
function PageWithDialog() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Dialog title="Share and export" onClose={() => setOpen(false)}>
          <button type="button">Copy</button>
        </Dialog>
      )}
    </>
  );
}

async function openDialog() {
  renderWithApp(<PageWithDialog />);
  await userEvent.click(screen.getByRole('button', { name: 'Open' }));
  return screen.getByRole('dialog', { name: 'Share and export' });
}

describe('<Dialog>', () => {
  it('opens as a modal dialog (showModal), named by its title', async () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const dialog = await openDialog();
    expect(showModal.mock.contexts).toEqual([dialog]);
  });

  it('closes with its Close button and gives focus back to the opener', async () => {
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('closes on `cancel` (Escape), keeping the browser from closing it on its own', async () => {
    const dialog = await openDialog();
    const cancel = new Event('cancel', { cancelable: true });
    fireEvent(dialog, cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it("keeps Escape pressed inside it from the page's own key handling", async () => {
    const dialog = await openDialog();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    within(dialog).getByRole('button', { name: 'Copy' }).focus();
    await userEvent.keyboard('{Escape}');
    document.removeEventListener('keydown', pageKeys);
    expect(pageKeys).not.toHaveBeenCalled();
  });

  it('closes on a press on the backdrop, not on one on its own padding, and gives focus back to the opener', async () => {
    const dialog = await openDialog();
    // The backdrop and the dialog's padding are both the <dialog> element: only its box tells them apart.
    vi.spyOn(dialog, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 100, y: 50, width: 400, height: 300 }));
    const press = (clientX: number, clientY: number) => userEvent.pointer({ keys: '[MouseLeft]', target: dialog, coords: { clientX, clientY } });
    await press(110, 60);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await press(20, 400);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });
});
