// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { regionsInWords, stepBandPath, stepPath } from '../../../src/components/AllyCountChart.tsx';
import { TimelinePanel } from '../../../src/components/TimelinePanel.tsx';
import { renderWithApp } from './render-app.tsx';

const renderTimeline = () => renderWithApp(<TimelinePanel />);

describe('<TimelinePanel>', () => {
  it('opens on the last year, read on the relations data’s as-of date', () => {
    renderTimeline();
    expect(screen.getByRole('slider', { name: 'Year' })).toHaveValue('2026');
    expect(screen.getByTestId('ally-count')).toHaveTextContent('3 formal allies as of 22 Jan 2026');
  });

  it('draws each president’s term as a band, titled with its gains and losses, and marks the milestones', () => {
    renderTimeline();
    const eras = screen.getAllByTestId('chart-era');
    expect(eras).toHaveLength(8);
    expect(eras[6].querySelector('title')).toHaveTextContent(/^Tsai Ing-wen, 2016–2024: \d+ gained, \d+ lost$/);
    expect(eras[7].querySelector('title')).toHaveTextContent(/^Lai Ching-te, 2024–today/);
    const marks = within(screen.getByRole('toolbar', { name: 'Milestones and changes in relations on the chart' }));
    expect(marks.getByRole('button', { name: '25 Oct 1971: UN Resolution 2758' })).toHaveAttribute(
      'title',
      "25 Oct 1971: UN Resolution 2758. The UN General Assembly seats the PRC as China's sole representative and expels Taipei's delegates.",
    );
  });

  it('marks each milestone and each year’s switches each way (▲ gained, ▼ lost) as buttons of one toolbar, in date order, one Tab stop', () => {
    renderTimeline();
    const toolbar = screen.getByRole('toolbar', { name: 'Milestones and changes in relations on the chart' });
    const names = within(toolbar)
      .getAllByRole('button')
      .map((button) => button.getAttribute('aria-label'));
    // The small data set: the United Kingdom and Norway lost on 6 January 1950, Japan gained in 1952, lost in 1972 with Australia.
    expect(names).toContain('1950: 2 lost: Norway and United Kingdom');
    expect(names).toContain('1952: 1 gained: Japan');
    // In the order they stand on the chart, left to right: the 1971 tick, then UN Resolution 2758 (October), then 1972's.
    expect(names.slice(names.indexOf('1971: 1 lost: Belgium'), names.indexOf('1971: 1 lost: Belgium') + 3)).toEqual([
      '1971: 1 lost: Belgium',
      '25 Oct 1971: UN Resolution 2758',
      '1972: 2 lost: Japan and Australia',
    ]);
    const lefts = within(toolbar)
      .getAllByRole('button')
      .map((button) => parseFloat(button.style.left));
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    expect(screen.getAllByTestId('chart-mark-gained').length).toBeGreaterThan(0);
    expect(
      within(toolbar)
        .getAllByRole('button')
        .filter((button) => button.tabIndex === 0),
    ).toHaveLength(1);
  });

  it('goes to a milestone’s year when its mark is clicked, and focuses the milestone in the year’s events', async () => {
    const { store } = renderTimeline();
    await userEvent.click(screen.getByRole('button', { name: '25 Oct 1971: UN Resolution 2758' }));
    expect(store.getState().year).toBe(1971);
    expect(document.activeElement).toBe(within(screen.getByTestId('year-events')).getByTestId('year-milestone'));
    expect(document.activeElement).toHaveTextContent(/^25 Oct 1971 UN Resolution 2758\./);
  });

  it('goes to a tick’s year when it is clicked, and focuses the year’s first switch that way (1972: Japan)', async () => {
    const { store } = renderTimeline();
    await userEvent.click(screen.getByRole('button', { name: '1972: 2 lost: Japan and Australia' }));
    expect(store.getState().year).toBe(1972);
    expect(document.activeElement).toHaveTextContent(/^29 Sep 1972 Japan switched recognition to Beijing\./);
    // Clicked again from another year, the same mark opens its event again.
    act(() => store.getState().setYear(2000));
    screen.getByRole('button', { name: '1952: 1 gained: Japan' }).focus();
    await userEvent.click(screen.getByRole('button', { name: '1972: 2 lost: Japan and Australia' }));
    expect(document.activeElement).toHaveTextContent(/^29 Sep 1972 Japan/);
  });

  it('moves between the marks with the arrows, Home and End, and opens the focused one with Enter', async () => {
    const { store } = renderTimeline();
    const buttons = within(screen.getByRole('toolbar')).getAllByRole('button');
    buttons[0].focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(buttons[1]);
    expect(buttons[1].tabIndex).toBe(0);
    expect(buttons[0].tabIndex).toBe(-1);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(buttons.at(-1));
    await userEvent.keyboard('{Home}{ArrowLeft}');
    expect(document.activeElement).toBe(buttons[0]);
    await userEvent.keyboard('{Enter}');
    expect(store.getState().year).toBe(1949);
  });

  it('shows the count by region on demand, with a legend giving the year’s split, and back', async () => {
    const { store } = renderTimeline();
    expect(screen.getByRole('radio', { name: 'Total' })).toBeChecked();
    expect(screen.queryByTestId('region-split')).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'By region' }));
    expect(
      screen.getByRole('img', {
        name: /^Stacked step chart of Taiwan's formal allies by region on 31 December, 1949–2026: .* in 1949; Americas 2 and Europe 1 in 2026\./,
      }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('region-bands').querySelectorAll('path')).toHaveLength(5);
    const legend = () => screen.getByRole('list', { name: /^Allies by region in / });
    expect(legend()).toHaveAccessibleName('Allies by region in 2026');
    expect(
      within(legend())
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Africa 0', 'Americas 2', 'Asia 0', 'Europe 1', 'Oceania 0']);
    act(() => store.getState().setYear(1971));
    expect(legend()).toHaveAccessibleName('Allies by region in 1971');
    // The small data set's nine at the end of 1971: the Gambia; Guatemala, Honduras, Paraguay, the United States; Japan, Malaysia (consular); the Holy See; Australia.
    expect(legend()).toHaveTextContent('Africa 1Americas 4Asia 2Europe 1Oceania 1');
    act(() => store.getState().setLang('zh-TW'));
    expect(screen.getByRole('radio', { name: '依地區' })).toBeChecked();
    expect(screen.getByRole('list', { name: '1971年各地區的邦交國' })).toHaveTextContent('非洲1國美洲4國亞洲2國歐洲1國大洋洲1國');
    await userEvent.click(screen.getByRole('radio', { name: '總數' }));
    expect(screen.queryByTestId('region-split')).toBeNull();
    expect(screen.queryByTestId('region-bands')).toBeNull();
  });

  it('gives the allies’ weight beside the count, the series’ year where it ends earlier, and who is not counted', () => {
    const { store } = renderTimeline();
    const weight = () => screen.queryByTestId('ally-weight');
    expect(weight()).toHaveTextContent(
      '0.31% of the world’s people (2024 figures) · 0.14% of world GDP (2023 figures) Not counted, no World Bank figure: Holy See. World Bank, World Development Indicators (CC BY 4.0)',
    );
    expect(within(weight()!).getByRole('link', { name: /World Bank/ })).toHaveAttribute('href', 'https://data.worldbank.org/indicator/SP.POP.TOTL');
    act(() => store.getState().setYear(1971));
    expect(weight()).toHaveTextContent(/^9.3% of the world’s people · 44% of world GDP Not counted/);
    act(() => store.getState().setLang('zh-TW'));
    expect(weight()).toHaveTextContent(/^占世界人口9.3%；占全球GDP 44% 因世界銀行無數據而未計入：教廷。/);
    // The series begin in 1960: nothing is said before.
    act(() => store.getState().setYear(1959));
    expect(weight()).toBeNull();
  });

  it('moves the year with the slider’s keys: arrows ±1, PageUp/PageDown ±10, Home/End', async () => {
    const { store } = renderTimeline();
    const slider = screen.getByRole('slider', { name: 'Year' });
    slider.focus();
    await userEvent.keyboard('{Home}');
    expect(store.getState().year).toBe(1949);
    await userEvent.keyboard('{ArrowRight}{ArrowUp}');
    expect(store.getState().year).toBe(1951);
    await userEvent.keyboard('{PageUp}{PageUp}');
    expect(store.getState().year).toBe(1971);
    expect(slider).toHaveAttribute('aria-valuenow', '1971');
    expect(slider).toHaveAttribute('aria-valuetext', '1971: 9 formal allies');
    await userEvent.keyboard('{PageDown}{ArrowLeft}');
    expect(store.getState().year).toBe(1960);
    await userEvent.keyboard('{End}');
    expect(store.getState().year).toBe(2026);
  });

  it('goes to a typed year on Enter, and refuses one outside the timeline with a message', async () => {
    const { store } = renderTimeline();
    const input = screen.getByRole('textbox', { name: 'Go to year' });
    await userEvent.clear(input);
    await userEvent.type(input, '1979{Enter}');
    expect(store.getState().year).toBe(1979);
    expect(screen.getByTestId('ally-count')).toHaveTextContent('4 formal allies on 31 Dec 1979');
    await userEvent.clear(input);
    await userEvent.type(input, '1850{Enter}');
    expect(store.getState().year).toBe(1979);
    expect(input).toHaveValue('1979');
    expect(input).toHaveAccessibleDescription('Type a year from 1949 to 2026.');
    await userEvent.click(screen.getByRole('button', { name: 'Previous year' }));
    expect(input).not.toHaveAccessibleDescription();
  });

  it('steps a year back and forward, and disables the step past either end', async () => {
    const { store } = renderTimeline();
    expect(screen.getByRole('button', { name: 'Next year' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Next year' }));
    expect(store.getState().year).toBe(2026);
    await userEvent.click(screen.getByRole('button', { name: 'Previous year' }));
    expect(store.getState().year).toBe(2025);
    await userEvent.click(screen.getByRole('button', { name: 'Next year' }));
    expect(store.getState().year).toBe(2026);
  });

  it('plays from the beginning when Play is pressed on the last year, and pauses', async () => {
    const { store } = renderTimeline();
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState()).toMatchObject({ playing: true, year: 1949 });
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
  });

  it('sets the speed and the loop', async () => {
    const { store } = renderTimeline();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), 'Fast');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Loop' }));
    expect(store.getState()).toMatchObject({ speed: 'fast', loop: true });
  });

  it('jumps to the year clicked on the chart', () => {
    const { store } = renderTimeline();
    const chart = screen.getByRole('img', {
      name: /Step chart of Taiwan's formal allies on 31 December, 1949–2026: 8 in 1949, a peak of 10 in 1968, 3 in 2026/,
    });
    // Without layout the chart is 600 px wide: 1949 at x = 8, 2026 at x = 592.
    chart.getBoundingClientRect = () => ({ left: 100 }) as DOMRect;
    fireEvent.click(chart, { clientX: 100 + 8 + ((1971 - 1949) * 584) / 77 });
    expect(store.getState().year).toBe(1971);
  });

  it('draws Beijing’s count on the same axis while that layer is chosen, and says so in the chart’s name', async () => {
    const { store } = renderTimeline();
    expect(screen.queryByTestId('beijing-count-line')).not.toBeInTheDocument();
    act(() => store.getState().toggleLayer('beijing'));
    expect(screen.getByTestId('beijing-count-line')).toBeInTheDocument();
    // The small data set: the Soviet Union and Czechoslovakia in 1949.
    expect(
      screen.getByRole('img', { name: /The second line: states with diplomatic relations with Beijing, 2 in 1949, a peak of \d+ in \d{4}, \d+ in 2026\./ }),
    ).toBeInTheDocument();
  });

  it('shows the year’s events beside the chart', () => {
    const { store } = renderTimeline();
    act(() => store.getState().setYear(2023));
    expect(within(screen.getByTestId('year-events')).getByRole('button', { name: 'Honduras' })).toBeInTheDocument();
  });
});

describe('<TimelinePanel> in Chinese', () => {
  function renderInChinese() {
    const rendered = renderTimeline();
    act(() => rendered.store.getState().setLang('zh-TW'));
    return rendered;
  }

  it('labels the controls, the count, the slider and the chart in Chinese', async () => {
    const { store } = renderInChinese();
    expect(screen.getByRole('region', { name: '邦交國時間軸' })).toBeInTheDocument();
    expect(screen.getByTestId('ally-count')).toHaveTextContent('3個邦交國（截至2026年1月22日）');
    expect(
      screen.getByRole('img', { name: /^臺灣每年12月31日正式邦交國數量的階梯圖，1949至2026年：1949年8個，1968年達到高峰10個，2026年3個。/ }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '上一年' }));
    expect(screen.getByRole('button', { name: '下一年' })).toHaveAttribute('aria-disabled', 'false');
    act(() => store.getState().setYear(1971));
    expect(screen.getByRole('slider', { name: '年份' })).toHaveAttribute('aria-valuetext', '1971年：9個邦交國');
    expect(screen.getByTestId('ally-count')).toHaveTextContent('9個邦交國（1971年12月31日），當年斷交1個');
    expect(within(screen.getByTestId('year-events')).getByRole('heading')).toHaveTextContent('1971年的變動（1項）');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '速度' }), '快');
    await userEvent.click(screen.getByRole('checkbox', { name: '循環播放' }));
    expect(store.getState()).toMatchObject({ speed: 'fast', loop: true });
    await userEvent.click(screen.getByRole('button', { name: '播放' }));
    expect(screen.getByRole('button', { name: '暫停' })).toBeInTheDocument();
  });

  it('refuses a year outside the timeline in Chinese', async () => {
    renderInChinese();
    const input = screen.getByRole('textbox', { name: '前往年份' });
    await userEvent.clear(input);
    await userEvent.type(input, '1850{Enter}');
    expect(input).toHaveAccessibleDescription('請輸入1949至2026之間的年份。');
  });
});

describe('stepPath(counts, x, y, firstYear)', () => {
  it('holds each year’s count from half a year before to half a year after it', () => {
    expect(
      stepPath(
        [3, 5, 4],
        (year) => (year - 2000) * 10,
        (count) => count,
        2000,
      ),
    ).toBe('M0,3H5V5H15V4H20');
  });

  it('is empty for no years', () => {
    expect(
      stepPath(
        [],
        (year) => year,
        (count) => count,
        2000,
      ),
    ).toBe('');
  });
});

describe('stepBandPath(lower, upper, x, y, firstYear)', () => {
  it('runs along the upper steps, then back along the lower ones, and closes', () => {
    expect(
      stepBandPath(
        [1, 2, 0],
        [3, 5, 4],
        (year) => (year - 2000) * 10,
        (count) => count,
        2000,
      ),
    ).toBe('M0,3H5V5H15V4H20V0H15V2H5V1H0Z');
  });
});

describe('regionsInWords(counts, locale)', () => {
  it('names the regions with allies, largest first', () => {
    const counts = { africa: 1, americas: 7, asia: 0, europe: 1, oceania: 3 };
    expect(regionsInWords(counts, 'en')).toBe('Americas 7, Oceania 3, Africa 1, and Europe 1');
    expect(regionsInWords(counts, 'zh-TW')).toBe('美洲7國、大洋洲3國、非洲1國和歐洲1國');
  });
});
