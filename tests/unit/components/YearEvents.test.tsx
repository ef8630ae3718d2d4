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

  it('lists the fourteen losses of 1971', () => {
    const { list, items } = renderAt(1971);
    expect(list.getByRole('heading')).toHaveTextContent('Changes in 1971 · 14 events');
    expect(items().map((item) => within(item).getByRole('button').textContent)).toEqual(
      expect.arrayContaining(['Turkey', 'Iran', 'Mexico', 'Ecuador', 'Kuwait', 'Peru']),
    );
  });

  it('gives Beijing’s side of a switch where it fell on another day (Botswana 1974)', () => {
    const botswana = renderAt(1974).items().find((item) => item.textContent?.includes('Botswana'));
    expect(botswana).toHaveTextContent('25 Mar 1974 Botswana switched recognition to Beijing (relations with Beijing: 6 Jan 1975).');
  });

  it('says nothing more where both sides fell on one day (Panama 2017)', () => {
    expect(renderAt(2017).items()[0]).not.toHaveTextContent('relations with Beijing');
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

  describe('in Chinese', () => {
    function renderInChinese(year: number) {
      const rendered = renderAt(year);
      act(() => rendered.store.getState().setLang('zh-TW'));
      return rendered;
    }

    it('lists the losses of 1971 with Chinese names and dates', () => {
      const { list, items } = renderInChinese(1971);
      expect(list.getByRole('heading')).toHaveTextContent('1971年的變動（14項）');
      const names = items().map((item) => within(item).getByRole('button').textContent);
      expect(names).toEqual(expect.arrayContaining(['土耳其', '伊朗', '墨西哥', '厄瓜多', '科威特', '秘魯']));
      expect(items().find((item) => item.textContent?.includes('土耳其'))).toHaveTextContent('1971年8月4日 土耳其轉而承認北京。資料來源：');
    });

    it('puts events of the same day in the order of their Chinese names (1950: the United Kingdom before Norway)', () => {
      const { items, store } = renderInChinese(1950);
      const sameDay = () => items().filter((item) => item.querySelector('time')?.dateTime === '1950-01-06');
      expect(sameDay().map((item) => within(item).getByRole('button').textContent)).toEqual(['英國', '挪威']);
      act(() => store.getState().setLang('en'));
      expect(sameDay().map((item) => within(item).getByRole('button').textContent)).toEqual(['Norway', 'United Kingdom']);
    });

    it('says Papua New Guinea’s recognition was brief', () => {
      const { items } = renderInChinese(1999);
      expect(items().filter((item) => item.textContent?.includes('巴布亞紐幾內亞'))[0]).toHaveTextContent(
        '1999年7月5日 巴布亞紐幾內亞建立正式外交關係（為期短暫，未延續到該年12月31日）。',
      );
    });

    it('says so when nothing changed', () => {
      const { list } = renderInChinese(1987);
      expect(list.getByRole('heading')).toHaveTextContent('1987年的變動（無）');
      expect(list.getByText('1987年沒有建立或終止任何正式外交關係。')).toBeInTheDocument();
    });

    it('opens the Soviet Union’s successor from its Chinese name', async () => {
      const { store, list } = renderInChinese(1949);
      await userEvent.click(list.getByRole('button', { name: '蘇聯' }));
      expect(store.getState().selected).toBe('RUS');
    });
  });
});
