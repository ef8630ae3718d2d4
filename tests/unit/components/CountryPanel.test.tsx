// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CountryPanel } from '../../../src/components/CountryPanel.tsx';
import { bibliography, dataset } from '../../fixtures/small-data/small-dataset.ts';
import { renderWithApp } from './render-app.tsx';

/** The periods' own words (dates and how each ended), without the details under each. */
const periodSpans = (panel: HTMLElement, name: string) =>
  within(within(panel).getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.period-span')?.textContent);

function openPanel(iso3: string) {
  const rendered = renderWithApp(<CountryPanel />);
  act(() => rendered.store.getState().select(iso3));
  return { ...rendered, panel: screen.getByTestId('country-panel') };
}

describe('<CountryPanel>', () => {
  it('renders nothing while no country is selected', () => {
    renderWithApp(<CountryPanel />);
    expect(screen.queryByTestId('country-panel')).toBeNull();
  });

  it('shows an ally with its start date, visa regime and sources (Paraguay)', () => {
    const { panel } = openPanel('PRY');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Paraguay');
    expect(panel).toHaveTextContent('Formal diplomatic ally since 12 Jul 1957.');
    expect(panel).toHaveTextContent(/Visa-free, up to 90 days \(as of Sep 2026\)/);
    expect(within(panel).getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    // The conflict over the day is written out, not hidden.
    expect(panel).toHaveTextContent(/8 July 1957/);
  });

  it('cites each source as publisher — title (date), the title linked to the canonical page, a copy read only as a note', () => {
    const { panel } = openPanel('PRY');
    const sources = within(within(panel).getByRole('region', { name: 'Sources' })).getAllByRole('listitem');
    const wikipedia = sources.find((item) => item.textContent?.includes('Paraguay–Taiwan relations'))!;
    expect(within(wikipedia).getByRole('link', { name: 'Paraguay–Taiwan relations' })).toHaveAttribute(
      'href',
      'https://en.wikipedia.org/wiki/Paraguay–Taiwan_relations',
    );
    expect(wikipedia).toHaveTextContent(/^Wikipedia \(en\) — Paraguay–Taiwan relations/);
    expect(wikipedia).toHaveTextContent(/\(read via a copy: wikimili\.com\)/);
    // The copy is never a link: only the canonical page is.
    expect(within(wikipedia).getAllByRole('link')).toHaveLength(1);
    const official = sources.find((item) => item.textContent?.startsWith('Ministerio de Relaciones Exteriores'))!;
    expect(official).toHaveTextContent(/\(2017\)/);
    for (const link of within(panel).getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('gives both sides of a switch and the days between (Nauru)', () => {
    expect(openPanel('NRU').panel).toHaveTextContent('Relations with Beijing established 24 Jan 2024, 9 days later.');
  });

  it('flags consular ties and until when (Guatemala)', () => {
    expect(openPanel('GTM').panel).toHaveTextContent('Consular relations until 22 Dec 1954, then diplomatic.');
  });

  it('says a period never went beyond consular relations (Malaysia), and only there', () => {
    const { panel, store } = openPanel('MYS');
    expect(periodSpans(panel, 'Periods of formal relations')).toEqual(['26 Nov 1964 – 31 May 1974: switched recognition to Beijing']);
    expect(panel).toHaveTextContent(/Consular relations only/);
    act(() => store.getState().select('GTM'));
    expect(screen.getByTestId('country-panel')).not.toHaveTextContent(/Consular relations only/);
  });

  it('lists every category of a country in several (Australia: former ally, partner, eTA, New Southbound)', () => {
    const { panel } = openPanel('AUS');
    const chips = within(within(panel).getByRole('list', { name: 'Categories' })).getAllByRole('listitem');
    expect(chips.map((chip) => chip.textContent)).toEqual(['Former ally', 'Like-minded partner', 'e-Visa or eTA', 'New Southbound Policy']);
    expect(panel).toHaveTextContent(/Canberra/);
    expect(panel).toHaveTextContent(/Oceania country of the policy launched on 5 Sep 2016/);
  });

  it('gives every switch of a country as a card, oldest first, each with both sides and what the sources say (Nauru)', () => {
    const { panel } = openPanel('NRU');
    const cards = within(within(panel).getByRole('list', { name: 'Switches of recognition' })).getAllByTestId('switch-dossier');
    expect(cards.map((card) => card.querySelector('.dossier-dates')?.textContent)).toEqual([
      'Relations with Taipei began 4 May 1980. No relations with Beijing ended then.',
      'Relations with Taipei ended 21 Jul 2002. Relations with Beijing began 21 Jul 2002 (the same day).',
      'Relations with Taipei began 14 May 2005. Relations with Beijing ended 14 May 2005 (the same day).',
      'Relations with Taipei ended 15 Jan 2024. Relations with Beijing began 24 Jan 2024 (9 days later).',
    ]);
    expect(cards[1]).toHaveTextContent('Decided byPresident René Harris');
    // Two sources that differ on a field are both shown (why Nauru came back in 2005).
    expect(within(cards[2]).getByText('Stated reason').closest('div')!.querySelectorAll('dd')).toHaveLength(2);
  });

  it('gives the office through time: Norway’s opened in 1980 and closed in 2017, Japan’s after its ties ended', () => {
    const norway = openPanel('NOR').panel;
    const office = within(norway).getByRole('heading', { name: 'Representative office' }).closest('section')!;
    expect(office).toHaveTextContent('No Taiwan office there today.');
    expect(
      within(office)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['1980: opened as Taipei Trade Centre', '30 Sep 2017: closed (Taipei Representative Office in Norway)']);
    cleanup();
    const japan = openPanel('JPN').panel;
    expect(within(within(japan).getByRole('list', { name: 'The office through time' })).getAllByRole('listitem')[0]).toHaveTextContent(
      '2 Dec 1972: opened as Association of East Asian Relations',
    );
  });

  it('shows every past period of a country that switched twice (Nauru)', () => {
    const { panel } = openPanel('NRU');
    expect(periodSpans(panel, 'Periods of formal relations')).toEqual([
      '4 May 1980 – 21 Jul 2002: switched recognition to Beijing',
      '14 May 2005 – 15 Jan 2024: switched recognition to Beijing',
    ]);
    expect(panel).toHaveTextContent('Former ally: no formal relations since 15 Jan 2024.');
  });

  it('draws Nauru’s two periods as bars and says what Nauru was in the timeline’s year', () => {
    const { panel, store } = openPanel('NRU');
    expect(within(panel).getAllByTestId('period-bar')).toHaveLength(2);
    expect(within(panel).getByTestId('panel-year-status')).toHaveTextContent('In 2026 (as far as the data goes): a former ally.');
    act(() => store.getState().setYear(2005));
    expect(within(panel).getByTestId('panel-year-status')).toHaveTextContent('On 31 Dec 2005: a formal diplomatic ally, gained that year.');
    act(() => store.getState().setYear(1975));
    expect(within(panel).getByTestId('panel-year-status')).toHaveTextContent('On 31 Dec 1975: no formal relations yet.');
  });

  it('links each source the country’s rows cite, once, to its canonical page (Honduras)', () => {
    const { panel } = openPanel('HND');
    const rows = [...dataset.relations, ...dataset.beijing, ...dataset.visa].filter((row) => row.iso3 === 'HND');
    const cited = new Set(rows.flatMap((row) => row.sources.map((citation) => bibliography.get(citation.id)!.url)));
    const links = within(within(panel).getByRole('region', { name: 'Sources' })).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href')).sort()).toEqual([...cited].sort());
  });

  it('moves focus to the details when they open', () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    const { panel } = openPanel('PRY');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('leaves focus alone when the page does not have it (a host page selected the country)', () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    const { panel } = openPanel('PRY');
    expect(within(panel).getByRole('heading', { level: 2 })).not.toHaveFocus();
  });

  it('shows a predecessor state’s period on its successor, saying whose it was (Russia)', () => {
    const { panel } = openPanel('RUS');
    expect(panel).toHaveTextContent(/As Soviet Union: 12 Dec 1932 – 2 Oct 1949: switched recognition to Beijing/);
  });

  it('gives the other side: each period of relations with Beijing, how it ended, a predecessor’s named (Russia, Honduras, Paraguay)', () => {
    const beijing = (iso3: string) => within(openPanel(iso3).panel).getByRole('region', { name: 'Relations with Beijing' });
    const russia = within(beijing('RUS')).getByRole('list', { name: 'Periods of diplomatic relations with the People’s Republic of China' });
    expect(
      within(russia)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.period-span')?.textContent),
    ).toEqual(['As Soviet Union: 3 Oct 1949 – 27 Dec 1991: the state ceased to exist', '27 Dec 1991 – present']);
    cleanup();
    expect(beijing('HND')).toHaveTextContent('26 Mar 2023 – present');
    cleanup();
    expect(beijing('PRY')).toHaveTextContent('No diplomatic relations with the People’s Republic of China recorded.');
  });

  it('closes with Escape and with its close button', async () => {
    const { store } = openPanel('PRY');
    await userEvent.keyboard('{Escape}');
    expect(store.getState().selected).toBeNull();
    act(() => store.getState().select('VAT'));
    await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.queryByTestId('country-panel')).toBeNull();
  });

  it('has an Expand button for the phone sheet, which says whether the details are expanded and opens the next country unexpanded', async () => {
    const { store, panel } = openPanel('PRY');
    const expand = within(panel).getByRole('button', { name: 'Expand details' });
    expect(expand).toHaveAttribute('aria-expanded', 'false');
    expect(expand).toHaveAttribute('aria-controls', panel.id);
    await userEvent.click(expand);
    expect(expand).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toHaveClass('is-expanded');
    await userEvent.click(expand);
    expect(expand).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(expand);
    act(() => store.getState().select('NRU'));
    expect(screen.getByRole('button', { name: 'Expand details' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByTestId('country-panel')).not.toHaveClass('is-expanded');
  });

  describe('in Chinese', () => {
    function openPanelInChinese(iso3: string) {
      const rendered = openPanel(iso3);
      act(() => rendered.store.getState().setLang('zh-TW'));
      return rendered;
    }

    it('names the country in Chinese and follows the language switch while open (Paraguay, the Holy See)', () => {
      const { panel, store } = openPanelInChinese('PRY');
      expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('巴拉圭');
      expect(panel).toHaveTextContent('自1957年7月12日起為正式邦交國。');
      expect(screen.getByRole('button', { name: '關閉詳細資料' })).toBeInTheDocument();
      act(() => store.getState().select('VAT'));
      expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('教廷');
      act(() => store.getState().setLang('en'));
      expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Holy See');
    });

    it('writes the periods, the year’s standing and the dates the Taiwan way (Nauru, Russia)', () => {
      const { panel, store } = openPanelInChinese('NRU');
      expect(periodSpans(panel, '正式外交關係的期間')).toEqual(['1980年5月4日至2002年7月21日，轉而承認北京', '2005年5月14日至2024年1月15日，轉而承認北京']);
      expect(panel).toHaveTextContent('與北京建交：2024年1月24日（9天後）。');
      expect(panel).toHaveTextContent('前邦交國：自2024年1月15日起無正式外交關係。');
      expect(within(panel).getByTestId('panel-year-status')).toHaveTextContent('2026年（以現有資料為準）：前邦交國。');
      act(() => store.getState().setYear(2005));
      expect(within(panel).getByTestId('panel-year-status')).toHaveTextContent('2005年12月31日：正式邦交國，當年建交或復交。');
      act(() => store.getState().select('RUS'));
      expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('俄羅斯');
      expect(panel).toHaveTextContent('蘇聯時期：1932年12月12日至1949年10月2日，轉而承認北京');
    });

    it('labels every section and category in Chinese, leaving the office’s English name marked as English (Australia)', () => {
      const { panel } = openPanelInChinese('AUS');
      const chips = within(within(panel).getByRole('list', { name: '類別' })).getAllByRole('listitem');
      expect(chips.map((chip) => chip.textContent)).toEqual(['前邦交國', '理念相近夥伴', '電子簽證或電子旅行授權', '新南向政策']);
      for (const heading of ['外交關係', '代表處', '臺灣護照持有人的簽證待遇', '新南向政策', '資料來源']) {
        expect(within(panel).getByRole('heading', { level: 3, name: heading })).toBeInTheDocument();
      }
      expect(within(panel).getByText('Taipei Economic and Cultural Office in Australia, Canberra')).toHaveAttribute('lang', 'en');
      expect(panel).toHaveTextContent('實質夥伴，並獲外交部列為理念相近國家。');
      expect(panel).toHaveTextContent(/電子旅行授權（eTA）(，最長停留\d+天)?（截至2026年9月）。/);
      expect(panel).toHaveTextContent('新南向政策的紐澳國家；此政策於2016年9月5日啟動。');
    });

    it('marks no English on the office in English', () => {
      const { panel } = openPanel('AUS');
      expect(within(panel).getByText('Taipei Economic and Cultural Office in Australia, Canberra')).not.toHaveAttribute('lang');
    });
  });
});
