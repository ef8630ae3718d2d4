// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TableView } from '../../../src/components/TableView.tsx';
import { LAYER_IDS } from '../../../src/data/layers.ts';
import { ViewSwitch } from '../../../src/components/ViewSwitch.tsx';
import { renderWithApp } from './render-app.tsx';

/** The table's body rows (the header row left out). */
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });
const firstNames = (count: number) =>
  bodyRows()
    .slice(0, count)
    .map((row) => within(row).getByRole('rowheader').textContent);

describe('<TableView>', () => {
  it('is a table with a caption giving the year, the layers in words and the row count', () => {
    const { store } = renderWithApp(<TableView />);
    act(() => store.getState().setLayers(['ally']));
    const table = screen.getByRole('table');
    expect(table).toHaveAccessibleName(/^2026: Formal diplomatic ally\. Sorted by Country, ascending\. 3 countries and territories$/);
    expect(bodyRows()).toHaveLength(3);
    expect(screen.getByTestId('table-count')).toHaveTextContent('3 countries and territories');
    expect(screen.getByRole('rowheader', { name: 'Paraguay' })).toBeInTheDocument();
    expect(within(screen.getByRole('rowheader', { name: 'Paraguay' }).closest('tr')!).getByText('since 1957')).toBeInTheDocument();
  });

  it('sorts by a column when its header button is pressed, and says so with aria-sort', async () => {
    const { store } = renderWithApp(<TableView />);
    act(() => store.getState().setLayers(['ally']));
    expect(header('Country')).toHaveAttribute('aria-sort', 'ascending');
    expect(firstNames(3)).toEqual(['Guatemala', 'Holy See', 'Paraguay']);
    await userEvent.click(within(header('Country')).getByRole('button'));
    expect(header('Country')).toHaveAttribute('aria-sort', 'descending');
    expect(firstNames(3)).toEqual(['Paraguay', 'Holy See', 'Guatemala']);
    await userEvent.click(within(header('Formal relations')).getByRole('button'));
    expect(header('Formal relations')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Country')).not.toHaveAttribute('aria-sort');
    // Guatemala 1933, the Holy See 1942, Paraguay 1957.
    expect(firstNames(3)).toEqual(['Guatemala', 'Holy See', 'Paraguay']);
    expect(screen.getByRole('table')).toHaveAccessibleName(/Sorted by Formal relations, ascending\. 3 countries/);
  });

  it('sorts from the keyboard: Tab to a header button, Enter', async () => {
    const { store } = renderWithApp(<TableView />);
    act(() => store.getState().setLayers(['ally']));
    const code = within(header('Code')).getByRole('button');
    code.focus();
    await userEvent.keyboard('{Enter}');
    expect(header('Code')).toHaveAttribute('aria-sort', 'ascending');
    expect(firstNames(3)).toEqual(['Guatemala', 'Paraguay', 'Holy See']);
    await userEvent.keyboard('{Enter}');
    expect(header('Code')).toHaveAttribute('aria-sort', 'descending');
    expect(firstNames(3)).toEqual(['Holy See', 'Paraguay', 'Guatemala']);
  });

  it('follows the filters', () => {
    const { store } = renderWithApp(<TableView />);
    act(() => store.getState().setLayers(['nsp']));
    expect(firstNames(3)).toEqual(['Australia', 'Bhutan', 'India']);
    expect(bodyRows()).toHaveLength(3);
    expect(screen.getByRole('table')).toHaveAccessibleName(/^2026: New Southbound Policy\./);
    act(() => store.getState().setLayers([]));
    expect(screen.getByText('No country is shown for this year with these layers.')).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveAccessibleName(/no layer is shown.*0 countries and territories/);
  });

  it('follows the year, saying which chosen layers the year cannot draw', () => {
    const { store } = renderWithApp(<TableView />);
    act(() => {
      store.getState().setLayers(['ally', 'partner']);
      store.getState().setYear(1971);
    });
    // 9 allies and Belgium, lost that year (drawn as an ally while it was).
    expect(firstNames(10)).toEqual([
      'Australia',
      'Belgium',
      'Guatemala',
      'Holy See',
      'Honduras',
      'Japan',
      'Malaysia',
      'Paraguay',
      'The Gambia',
      'United States',
    ]);
    // The small data's first dated office opened in 1972 (Japan's, after its ties ended).
    expect(screen.getByRole('table')).toHaveAccessibleName(
      /^1971: Formal diplomatic ally\. Not drawn for this year, as the data is not dated that far back: Substantive partner\. Sorted by Country, ascending\. 10 countries/,
    );
    const belgium = screen.getByRole('rowheader', { name: 'Belgium' }).closest('tr')!;
    expect(belgium).toHaveTextContent('Formal diplomatic ally (lost in 1971)');
    act(() => store.getState().setYear(1972));
    expect(screen.queryByRole('rowheader', { name: 'Belgium' })).toBeNull();
    expect(screen.getByRole('rowheader', { name: 'Japan' }).closest('tr')).toHaveTextContent('Formal diplomatic ally (lost in 1972); Like-minded partner');
    expect(screen.getByRole('table')).toHaveAccessibleName(
      /^1972: Formal diplomatic ally and Substantive partner\. Offices with a known opening date only: 2 of today’s offices have none/,
    );
  });

  it('speaks the chosen language: Chinese names, headers and caption', () => {
    const { store } = renderWithApp(<TableView />);
    act(() => {
      store.getState().setLayers(['ally']);
      store.getState().setLang('zh-TW');
    });
    expect(screen.getByRole('rowheader', { name: '教廷' })).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'Holy See' })).toBeNull();
    expect(header('國家')).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('table')).toHaveAccessibleName(/^2026年：正式邦交國。依「國家」遞增排列。共3個國家或地區$/);
    // By strokes: 巴 4, 教 11, 瓜 5 → 巴拉圭, 瓜地馬拉, 教廷.
    expect(firstNames(3)).toEqual(['巴拉圭', '瓜地馬拉', '教廷']);
  });

  it('selects a country when its name is pressed, and marks its row', async () => {
    const { store } = renderWithApp(<TableView />);
    act(() => store.getState().setLayers(['ally']));
    await userEvent.click(screen.getByRole('button', { name: 'Paraguay' }));
    expect(store.getState().selected).toBe('PRY');
    expect(screen.getByRole('rowheader', { name: 'Paraguay' }).closest('tr')).toHaveAttribute('aria-current', 'true');
  });

  it('lists every coloured country of the small data set with all of Taiwan’s layers shown today, Taiwan never', () => {
    const { store } = renderWithApp(<TableView />);
    act(() => store.getState().setLayers(LAYER_IDS.filter((id) => id !== 'beijing')));
    expect(bodyRows()).toHaveLength(19);
    expect(screen.queryByRole('rowheader', { name: 'Taiwan' })).toBeNull();
  });
});

describe('<ViewSwitch>', () => {
  it('is a pair of toggle buttons that set the view', async () => {
    const { store } = renderWithApp(<ViewSwitch />);
    const group = screen.getByRole('group', { name: 'View' });
    const map = within(group).getByRole('button', { name: 'Map' });
    const table = within(group).getByRole('button', { name: 'Table' });
    expect(map).toHaveAttribute('aria-pressed', 'true');
    expect(table).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(table);
    expect(store.getState().view).toBe('table');
    expect(table).toHaveAttribute('aria-pressed', 'true');
    expect(map).toHaveAttribute('aria-pressed', 'false');
    act(() => store.getState().setLang('zh-TW'));
    expect(screen.getByRole('button', { name: '地圖' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: '表格' })).toHaveAttribute('aria-pressed', 'true');
  });
});
