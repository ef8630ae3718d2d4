// @vitest-environment jsdom
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
  it('lists Honduras’s switch in 2023, dated, its sources linked', () => {
    const { items } = renderAt(2023);
    expect(items()).toHaveLength(1);
    expect(items()[0]).toHaveTextContent('26 Mar 2023 Honduras switched recognition to Beijing.');
    expect(
      within(items()[0])
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      'https://www.setn.com/News.aspx?NewsID=1271399',
      'https://ja.wikipedia.org/wiki/在中華民国ホンジュラス大使館',
      'https://en.people.cn/n3/2023/0326/c90000-10227321.html',
      'https://english.news.cn/20230326/d174a6f3a36c441195a7ab371bf9d27c/c.html',
    ]);
  });

  it('lists the losses of 1972 in date order', () => {
    const { list, items } = renderAt(1972);
    expect(list.getByRole('heading')).toHaveTextContent('Changes in 1972 · 2 events');
    expect(items().map((item) => within(item).getByRole('button').textContent)).toEqual(['Japan', 'Australia']);
  });

  it('gives Beijing’s side of a switch where it fell on another day (Nauru 2024)', () => {
    expect(renderAt(2024).items()[0]).toHaveTextContent('15 Jan 2024 Nauru switched recognition to Beijing (relations with Beijing: 24 Jan 2024).');
  });

  it('says nothing more where both sides fell on one day (Honduras 2023)', () => {
    expect(renderAt(2023).items()[0]).not.toHaveTextContent('relations with Beijing');
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

  it('says who was president, with the term’s gains and losses, and the year’s milestone with its source (1971, 2016)', () => {
    const { list, store } = renderAt(1971);
    expect(list.getByTestId('year-presidents')).toHaveTextContent(/^Chiang Kai-shek, 1950–1975: \d+ gained, \d+ lost$/);
    const milestone = list.getByTestId('year-milestone');
    expect(milestone).toHaveTextContent(/^25 Oct 1971 UN Resolution 2758\. The UN General Assembly seats the PRC/);
    expect(within(milestone).getAllByRole('link').length).toBeGreaterThan(0);
    act(() => store.getState().setYear(2016));
    expect(list.getByTestId('year-presidents')).toHaveTextContent(/^Ma Ying-jeou, 2008–2016: .*; Tsai Ing-wen, 2016–2024: /);
    act(() => store.getState().setYear(1987));
    expect(list.queryByTestId('year-milestone')).toBeNull();
  });

  describe('the switch in detail', () => {
    async function openCard(year: number, name: string) {
      const { items } = renderAt(year);
      const item = items().find((entry) => within(entry).queryByRole('button', { name }))!;
      expect(within(item).queryByTestId('switch-dossier')).toBeNull();
      await userEvent.click(within(item).getByText(/The switch in detail|這次轉變的細節/));
      const card = await within(item).findByTestId('switch-dossier');
      const field = (label: string) => within(card).getByText(label).closest('div')!;
      return { card, field };
    }

    it('opens on demand: both sides’ dates, who acted first, the figures with their hedging, each sourced (Nauru 2024)', async () => {
      const { card, field } = await openCard(2024, 'Nauru');
      expect(card).toHaveTextContent('Relations with Taipei ended 15 Jan 2024. Relations with Beijing began 24 Jan 2024 (9 days later).');
      expect(field('Who acted first')).toHaveTextContent(
        /^Who acted firstThe country recognised Beijing; Taipei’s ties ended with it: President Adeang announced/,
      );
      expect(field('Reported figures')).toHaveTextContent('125 million Australian dollars in 2024: Nauru asked Taiwan for about A$125 million');
      expect(field('Reported figures')).toHaveTextContent('100 million US dollars in 2024: A senior Taiwanese official told Reuters');
      for (const label of ['Who acted first', 'Decided by', 'Stated reason', 'Reported figures']) {
        expect(within(field(label)).getAllByRole('link').length, label).toBeGreaterThan(0);
      }
    });

    it('says what no source read gives, rather than leave it out (Nauru 1980: no stated reason, no figure)', async () => {
      const { card, field } = await openCard(1980, 'Nauru');
      expect(card).toHaveTextContent('Relations with Taipei began 4 May 1980. No relations with Beijing ended then.');
      expect(field('Stated reason')).toHaveTextContent('Not found in the sources read.');
      expect(field('Reported figures')).toHaveTextContent('None found in the sources read.');
    });
  });

  describe('in Chinese', () => {
    function renderInChinese(year: number) {
      const rendered = renderAt(year);
      act(() => rendered.store.getState().setLang('zh-TW'));
      return rendered;
    }

    it('lists the losses of 1972 with Chinese names and dates', () => {
      const { list, items } = renderInChinese(1972);
      expect(list.getByRole('heading')).toHaveTextContent('1972年的變動（2項）');
      expect(items().map((item) => within(item).getByRole('button').textContent)).toEqual(['日本', '澳洲']);
      expect(items()[0]).toHaveTextContent('1972年9月29日 日本轉而承認北京。資料來源：');
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

    it('opens the switch in detail in Chinese (Nauru 2024)', async () => {
      const { items } = renderInChinese(2024);
      await userEvent.click(within(items()[0]).getByText('這次轉變的細節'));
      const card = await within(items()[0]).findByTestId('switch-dossier');
      expect(card).toHaveTextContent('與臺北斷交：2024年1月15日。與北京建交：2024年1月24日（9天後）。');
      expect(card).toHaveTextContent('誰先行動該國先承認北京，與臺北的邦交隨之終止');
      expect(card).toHaveTextContent('1.25億澳幣（2024年）');
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
