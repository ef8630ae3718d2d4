// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CountryPanel } from '../../../src/components/CountryPanel.tsx';
import { CountrySearch } from '../../../src/components/CountrySearch.tsx';
import { renderWithApp } from './render-app.tsx';

const box = () => screen.getByRole('combobox');
const options = () => screen.queryAllByRole('option');

describe('<CountrySearch>', () => {
  it('is a labelled combobox with a hint, controlling a listbox, closed at first', () => {
    renderWithApp(<CountrySearch />);
    expect(box()).toHaveAccessibleName('Find a country');
    expect(box()).toHaveAccessibleDescription(/English or Chinese, or an ISO code/);
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(box()).toHaveAttribute('aria-autocomplete', 'list');
    const listId = box().getAttribute('aria-controls')!;
    expect(document.getElementById(listId)).toHaveAttribute('role', 'listbox');
    expect(box()).not.toHaveAttribute('aria-activedescendant');
  });

  it('lists matches as the person types, each with both names and the code', async () => {
    renderWithApp(<CountrySearch />);
    await userEvent.type(box(), 'para');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    expect(options()[0]).toHaveAccessibleName('Paraguay 巴拉圭 PRY');
    expect(screen.getByText(/1 country found/)).toBeInTheDocument();
  });

  it.each([
    ['巴拉', 'PRY'],
    ['PY', 'PRY'],
    ['PRY', 'PRY'],
    ['cote', 'CIV'],
    ['教廷', 'VAT'],
  ])('finds %s and Enter selects it (%s)', async (query, iso3) => {
    const { store } = renderWithApp(<CountrySearch />);
    await userEvent.type(box(), query);
    expect(within(options()[0]).getByText(iso3)).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selected).toBe(iso3);
    expect(box()).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves through the options with the arrow keys, marking the active one', async () => {
    const { store } = renderWithApp(<CountrySearch />);
    await userEvent.type(box(), 'guinea');
    const all = options();
    expect(all.map((option) => within(option).getByText(/^[A-Z]{3}$/).textContent)).toEqual(['GIN', 'GNB', 'PNG']);
    await userEvent.keyboard('{ArrowDown}');
    expect(box()).toHaveAttribute('aria-activedescendant', all[0].id);
    expect(all[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(box()).toHaveAttribute('aria-activedescendant', options()[1].id);
    expect(options()[0]).toHaveAttribute('aria-selected', 'false');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    // Up from the first option wraps to the last.
    expect(box()).toHaveAttribute('aria-activedescendant', options().at(-1)!.id);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(store.getState().selected).toBe('GNB');
    expect(box()).toHaveValue('Guinea-Bissau');
    expect(box()).not.toHaveAttribute('aria-activedescendant');
  });

  it('closes with Escape, then clears with a second Escape', async () => {
    const { store } = renderWithApp(<CountrySearch />);
    await userEvent.type(box(), 'para');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(box()).toHaveValue('para');
    await userEvent.keyboard('{Escape}');
    expect(box()).toHaveValue('');
    expect(store.getState().selected).toBeNull();
  });

  it('selects with a mouse click', async () => {
    const { store } = renderWithApp(<CountrySearch />);
    await userEvent.type(box(), 'hon');
    await userEvent.click(screen.getByRole('option', { name: /^Honduras/ }));
    expect(store.getState().selected).toBe('HND');
    expect(box()).toHaveValue('Honduras');
    expect(box()).toHaveFocus();
  });

  it('says when nothing matches', async () => {
    renderWithApp(<CountrySearch />);
    await userEvent.type(box(), 'xyzzy');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(options()).toHaveLength(0);
    // Once under the box and once in the live region that reads it out.
    expect(screen.getAllByText('No country matches.')).toHaveLength(2);
  });

  it('speaks Chinese: label, hint, and options with the Chinese name first', async () => {
    const { store } = renderWithApp(<CountrySearch />);
    act(() => store.getState().setLang('zh-TW'));
    expect(box()).toHaveAccessibleName('搜尋國家');
    await userEvent.type(box(), 'paraguay');
    expect(options()[0]).toHaveAccessibleName('巴拉圭 Paraguay PRY');
    expect(within(options()[0]).getByText('Paraguay')).toHaveAttribute('lang', 'en');
    await userEvent.keyboard('{Enter}');
    expect(box()).toHaveValue('巴拉圭');
  });

  it('says which historical name matched', async () => {
    renderWithApp(<CountrySearch />);
    await userEvent.type(box(), 'soviet');
    expect(options()[0]).toHaveAccessibleName('Russia 俄羅斯 RUS (historically Soviet Union)');
  });

  it('keeps Escape while it has a list to close or text to clear, and lets it close the details panel otherwise', async () => {
    const { store } = renderWithApp(
      <>
        <CountrySearch />
        <CountryPanel />
      </>,
    );
    act(() => store.getState().select('TUV'));
    await userEvent.type(box(), 'pa');
    await userEvent.keyboard('{Escape}');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(store.getState().selected).toBe('TUV');
    await userEvent.keyboard('{Escape}');
    expect(box()).toHaveValue('');
    expect(store.getState().selected).toBe('TUV');
    await userEvent.keyboard('{Escape}');
    expect(store.getState().selected).toBeNull();
  });
});
