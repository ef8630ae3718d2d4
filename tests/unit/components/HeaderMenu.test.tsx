// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../src/components/Dialog.tsx';
import { HeaderMenu } from '../../../src/components/HeaderMenu.tsx';
import { LanguageSwitch } from '../../../src/components/LanguageSwitch.tsx';
import { renderWithApp } from './render-app.tsx';

/** The menu as the header holds it: a button with an action, the language switch, and a field outside it. */
function renderMenu({ onShare = () => {} } = {}) {
  const rendered = renderWithApp(
    <>
      <HeaderMenu label="Menu">
        <button type="button" onClick={onShare}>
          Share and export
        </button>
        <LanguageSwitch />
      </HeaderMenu>
      <input aria-label="Find a country" />
    </>,
  );
  const button = screen.getByRole('button', { name: 'Menu' });
  return { ...rendered, button, user: userEvent.setup() };
}

describe('<HeaderMenu>', () => {
  it('is a button that says whether its items are shown and which element holds them', async () => {
    const { button, user } = renderMenu();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const menu = document.getElementById(button.getAttribute('aria-controls')!);
    expect(menu).toContainElement(screen.getByRole('button', { name: 'Share and export' }));
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on Escape, gives focus back to the Menu button, and keeps the Escape from the page', async () => {
    const { button, user } = renderMenu();
    const pageSawEscape = vi.fn();
    const listener = (event: KeyboardEvent) => pageSawEscape(event.defaultPrevented);
    document.addEventListener('keydown', listener);
    await user.click(button);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Share and export' })).toHaveFocus();
    await user.keyboard('{Escape}');
    document.removeEventListener('keydown', listener);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    // The details panel closes on an Escape nobody handled: this one was the menu's.
    expect(pageSawEscape).toHaveBeenCalledWith(true);
  });

  it('closes on a press outside it, which lands on its backdrop and goes no further', async () => {
    const { button, user } = renderMenu();
    await user.click(button);
    await user.click(screen.getByTestId('menu-backdrop'));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(screen.queryByTestId('menu-backdrop')).toBeNull();
  });

  it('closes when focus moves out of it', async () => {
    const { button, user } = renderMenu();
    await user.click(button);
    await user.click(screen.getByRole('textbox', { name: 'Find a country' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('textbox', { name: 'Find a country' })).toHaveFocus();
  });

  it('closes once an item has done its work, leaving focus on the Menu button', async () => {
    const onShare = vi.fn();
    const { button, user } = renderMenu({ onShare });
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Share and export' }));
    expect(onShare).toHaveBeenCalledTimes(1);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('switches the language from the menu: the page turns Chinese, the menu closes, focus stays on it', async () => {
    const { store, user } = renderMenu();
    await user.click(screen.getByRole('button', { name: 'Menu' }));
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(store.getState().lang).toBe('zh-TW');
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveFocus();
  });

  it('has a dialog opened from it give focus back to the Menu button, the item being hidden', async () => {
    function WithDialog() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <HeaderMenu label="Menu">
            <button type="button" onClick={() => setOpen(true)}>
              Keyboard shortcuts
            </button>
          </HeaderMenu>
          {open && (
            <Dialog title="Keyboard shortcuts" onClose={() => setOpen(false)}>
              <p>Space: play or pause</p>
            </Dialog>
          )}
        </>
      );
    }
    renderWithApp(<WithDialog />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Menu' }));
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveFocus();
  });
});
