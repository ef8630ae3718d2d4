import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { YearEvents } from '../../../src/components/YearEvents.tsx';
import { renderWithApp } from './render-app.tsx';

function renderAt(year: number) {
  const rendered = renderWithApp(<YearEvents />);
  act(() => rendered.store.getState().setYear(year));
  const list = within(screen.getByTestId('year-events'));
  return { ...rendered, list, items: () => list.queryAllByRole('listitem') };
}

describe('<YearEvents>', () => {
  it('lists Panama’s switch in 2017, dated, with a source link', () => {
    const { items } = renderAt(2017);
    expect(items()).toHaveLength(1);
    expect(items()[0]).toHaveTextContent('13 Jun 2017 Panama switched recognition to Beijing.');
    expect(within(items()[0]).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('lists the twelve losses of 1971', () => {
    const { list, items } = renderAt(1971);
    expect(list.getByRole('heading')).toHaveTextContent('Changes in 1971 · 12 events');
    expect(items().map((item) => within(item).getByRole('button').textContent)).toEqual(
      expect.arrayContaining(['Turkey', 'Iran', 'Mexico', 'Ecuador', 'Kuwait', 'Peru']),
    );
  });

  it('shows Papua New Guinea’s brief recognition of 1999 as two events', () => {
    const { items } = renderAt(1999);
    const png = items().filter((item) => item.textContent?.includes('Papua New Guinea'));
    expect(png.map((item) => item.textContent)).toEqual([
      expect.stringContaining('5 Jul 1999 Papua New Guinea established formal relations (brief: never reached a 31 December)'),
      expect.stringContaining('21 Jul 1999 Papua New Guinea relations ended'),
    ]);
  });

  it('says so when nothing changed', () => {
    const { list } = renderAt(1987);
    expect(list.getByText('No formal relations began or ended in 1987.')).toBeInTheDocument();
  });

  it('opens a country’s details from its name; the Soviet Union’s opens Russia', async () => {
    const { store, list } = renderAt(1949);
    await userEvent.click(list.getByRole('button', { name: 'Soviet Union' }));
    expect(store.getState().selected).toBe('RUS');
  });
});
