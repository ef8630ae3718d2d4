// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useShortcuts } from '../../../src/app/use-shortcuts.ts';
import { ShortcutsDialog } from '../../../src/components/ShortcutsDialog.tsx';
import { useAppContext } from '../../../src/state/app-context.tsx';
import { renderWithApp } from './render-app.tsx';

/** The app's shortcuts on a page with a text field, moving between the given years with events. */
function PageWithShortcuts({ eventYears }: { eventYears: readonly number[] }) {
  useShortcuts(useAppContext().store, { enabled: true, onHelp: () => {}, eventYears });
  return <input aria-label="Notes" />;
}

const press = (key: string, target: Element | Window = window) => act(() => void fireEvent.keyDown(target, { key }));

describe('useShortcuts(store, { eventYears }): [ and ]', () => {
  it('goes to the next year with an event with ] and the previous one with [, staying put past either end', () => {
    const { store } = renderWithApp(<PageWithShortcuts eventYears={[1949, 1971, 1979]} />);
    act(() => store.getState().setYear(1975));
    press(']');
    expect(store.getState().year).toBe(1979);
    press(']');
    expect(store.getState().year).toBe(1979);
    press('[');
    press('[');
    expect(store.getState().year).toBe(1949);
    press('[');
    expect(store.getState().year).toBe(1949);
  });

  it('leaves [ and ] to a text field', () => {
    const { store } = renderWithApp(<PageWithShortcuts eventYears={[1949, 1971, 1979]} />);
    act(() => store.getState().setYear(1975));
    const field = screen.getByRole('textbox', { name: 'Notes' });
    field.focus();
    press(']', field);
    expect(store.getState().year).toBe(1975);
  });
});

describe('<ShortcutsDialog>', () => {
  it('lists [ and ] with what they do, in both languages', () => {
    const { store } = renderWithApp(<ShortcutsDialog onClose={vi.fn()} />);
    const line = () => within(screen.getByRole('dialog')).getByText('[').closest('div')!;
    expect(line()).toHaveTextContent('[ ]Previous or next year with a change in relations or a milestone');
    act(() => store.getState().setLang('zh-TW'));
    expect(line()).toHaveTextContent('[ ]上一個或下一個有邦交變動或大事的年份');
  });
});
