// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CompareBar, CompareButton } from '../../../src/components/CompareBar.tsx';
import { CompareChanges } from '../../../src/components/CompareChanges.tsx';
import { TableView } from '../../../src/components/TableView.tsx';
import { renderWithApp } from './render-app.tsx';

const listUnder = (heading: RegExp) =>
  within(screen.getByRole('heading', { name: heading }).parentElement!)
    .getAllByRole('button')
    .map((button) => button.textContent);

describe('<CompareButton> and <CompareBar>', () => {
  it('opens the compare view on 1971, titles it "1971 vs. 2026", changes the other year and the mode, and closes', async () => {
    const { store } = renderWithApp(
      <>
        <CompareButton />
        <CompareBar />
      </>,
    );
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Compare years' }));
    expect(store.getState().compare).toBe(1971);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('1971 vs. 2026');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), '2000');
    expect(store.getState().compare).toBe(2000);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('2000 vs. 2026');
    await userEvent.click(screen.getByRole('radio', { name: 'Swipe' }));
    expect(store.getState().compareMode).toBe('swipe');
    await userEvent.click(screen.getByRole('button', { name: 'Close comparison' }));
    expect(store.getState()).toMatchObject({ compare: null, compareMode: 'side' });
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('compares 1971 with the last year when 1971 is shown, the earlier year first in the title', async () => {
    const { store } = renderWithApp(
      <>
        <CompareButton />
        <CompareBar />
      </>,
    );
    act(() => store.getState().setYear(1971));
    await userEvent.click(screen.getByRole('button', { name: 'Compare years' }));
    expect(store.getState().compare).toBe(2026);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('1971 vs. 2026');
  });
});

describe('<CompareChanges compare={1971}>', () => {
  it('lists the lost, and Nauru as an ally only in between with its dated changes; a name opens its details', async () => {
    const { store } = renderWithApp(<CompareChanges compare={1971} />);
    expect(screen.getByRole('region', { name: 'What changed, 1971 to 2026' })).toBeInTheDocument();
    expect(listUnder(/^Lost/)).toEqual(expect.arrayContaining(['Australia', 'Japan', 'United States', 'Honduras']));
    expect(listUnder(/^Allies only in between/)).toContain('Nauru');
    const nauru = screen.getByRole('button', { name: 'Nauru' }).closest('li')!;
    expect(nauru).toHaveTextContent('Nauru · ties 4 May 1980 · to Beijing 21 Jul 2002 · back 14 May 2005 · to Beijing 15 Jan 2024');
    await userEvent.click(screen.getByRole('button', { name: 'Nauru' }));
    expect(store.getState().selected).toBe('NRU');
  });

  it('says both years’ counts and the change by region, in Chinese too', () => {
    const { store } = renderWithApp(<CompareChanges compare={1971} />);
    const lost = listUnder(/^Lost/).length;
    const count = screen.getByText(/allies in 1971/).textContent!;
    const [then, now] = count.match(/\d+(?= allies in| in 2026)/g)!.map(Number);
    expect(then - lost).toBe(now);
    expect(screen.getByRole('heading', { name: 'By region' })).toBeInTheDocument();
    act(() => store.getState().setLang('zh-TW'));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('1971年至2026年的變化');
    expect(screen.getByRole('heading', { name: /^斷交/ })).toBeInTheDocument();
  });
});

describe('<TableView> in the compare view', () => {
  it('adds a column with each country’s standing in the other year and how it changed, which sorts', async () => {
    const { store } = renderWithApp(<TableView />);
    expect(screen.queryByRole('columnheader', { name: /^In 1971/ })).toBeNull();
    act(() => store.getState().setCompare(1971));
    const header = screen.getByRole('columnheader', { name: /^In 1971/ });
    const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
    expect(within(rowOf('Paraguay')).getByText('Formal ally')).toBeInTheDocument();
    expect(within(rowOf('Japan')).getByText('Formal ally · Lost')).toBeInTheDocument();
    expect(within(rowOf('Nauru')).getByText('Allies only in between')).toBeInTheDocument();
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(within(rows.at(-1)!).getByRole('rowheader').textContent).not.toBe('Paraguay');
    expect(rows.slice(0, 3).map((row) => within(row).getAllByRole('cell')[2].textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Formal ally/)]),
    );
  });
});
