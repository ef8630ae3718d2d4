import type { Locale } from '../locale.ts';

/** The figures of the ally count chart's summary (its accessible name). */
export interface ChartSummary {
  firstYear: number;
  lastYear: number;
  /** The count in the first year, at its peak, and in the last year. */
  first: number;
  peak: number;
  peakYear: number;
  last: number;
}

/**
 * The timeline under the map: playback controls, the typed year, the year's ally count, the step
 * chart, the slider, and the list of the year's changes in formal relations.
 */
const en = {
  region: 'Timeline of formal allies',
  play: 'Play',
  pause: 'Pause',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  goToYear: 'Go to year',
  yearOutOfRange: (from: number, to: number) => `Type a year from ${from} to ${to}.`,
  speed: 'Speed',
  loop: 'Loop',
  /** What follows the (bold) count: " formal allies on 31 Dec 1971". */
  alliesAfterCount: (readOn: string) => ` formal allies ${readOn}`,
  /** The year's changes after the count, e.g. " (+1 gained, −12 lost)". */
  changes: (parts: readonly string[]) => ` (${parts.join(', ')})`,
  chart: {
    /** A president's band: the term and the allies it gained and lost. */
    era: (name: string, from: string, to: string | null, gained: number, lost: number) => `${name}, ${from}–${to ?? 'today'}: ${gained} gained, ${lost} lost`,
    /** The choice of series: the legend of a radio group, and its two options. */
    mode: 'Chart',
    total: 'Total',
    byRegion: 'By region',
    /** The UN M49 regions (data/regions.csv). */
    regions: { africa: 'Africa', americas: 'Americas', asia: 'Asia', europe: 'Europe', oceania: 'Oceania' },
    /** A region's allies, in the legend and the chart's summary: "Americas 7". */
    regionCount: (region: string, count: number) => `${region} ${count}`,
    /** The legend's name: the year's allies by region. */
    regionSplit: (year: string) => `Allies by region in ${year}`,
    /** The chart by region in words (its accessible name): the first and last years' regions, largest first. */
    summaryByRegion: (firstYear: number, lastYear: number, first: string, last: string) =>
      `Stacked step chart of Taiwan's formal allies by region on 31 December, ${firstYear}–${lastYear}: ${first} in ${firstYear}; ${last} in ${lastYear}. Click a year to go there.`,
    /** The marks on the chart, a toolbar: each opens its year's event. */
    marks: 'Milestones and changes in relations on the chart',
    /** A milestone's mark: "25 Oct 1971: UN Resolution 2758". */
    milestone: (date: string, label: string) => `${date}: ${label}`,
    /** A year's tick for its allies gained or lost: "1972: 2 lost: Australia and Japan". */
    tick: (year: string, text: string) => `${year}: ${text}`,
  },
  /** The allies' weight beside the count; a figure's year in brackets where the series ends earlier. */
  weight: {
    people: (share: string, year: string | null) => `${share} of the world’s people${year ? ` (${year} figures)` : ''}`,
    gdp: (share: string, year: string | null) => `${share} of world GDP${year ? ` (${year} figures)` : ''}`,
    separator: ' · ',
    /** Allies left out of the figures, for want of a value in the series. */
    missing: (both: string, gdpOnly: string) => `Not counted, no World Bank figure: ${[both, gdpOnly && `GDP of ${gdpOnly}`].filter(Boolean).join('; ')}.`,
    source: 'World Bank, World Development Indicators (CC BY 4.0)',
  },
  gainedCount: (count: number) => `+${count} gained`,
  lostCount: (count: number) => `−${count} lost`,
  slider: 'Year',
  sliderValue: (year: number, allies: number) => `${year}: ${allies} formal allies`,
  chartSummary: ({ firstYear, lastYear, first, peak, peakYear, last }: ChartSummary) =>
    `Step chart of Taiwan's formal allies on 31 December, ${firstYear}–${lastYear}: ${first} in ${firstYear}, a peak of ${peak} in ${peakYear}, ${last} in ${lastYear}. Click a year to go there.`,
  chartSummaryBeijing: ({ firstYear, lastYear, first, peak, peakYear, last }: ChartSummary) =>
    `The second line: states with diplomatic relations with Beijing, ${first} in ${firstYear}, a peak of ${peak} in ${peakYear}, ${last} in ${lastYear}.`,
  events: {
    heading: (year: number) => `Changes in ${year}`,
    /** Between two presidents of one year. */
    presidentSeparator: '; ',
    /** After the heading, in a muted style: " · 12 events". */
    count: (count: number) => ` · ${count === 0 ? 'none' : `${count} event${count === 1 ? '' : 's'}`}`,
    none: (year: number, asFarAsData: boolean) => `No formal relations began or ended in ${year}${asFarAsData ? ' (as far as the data goes)' : ''}.`,
    /** After an event that began and ended in the same year. */
    brief: ' (brief: never reached a 31 December)',
    /** After an ended relation whose Beijing side has a date of its own (another day). */
    beijing: (date: string) => ` (relations with Beijing: ${date})`,
    /** Closes an event's sentence: "13 Jun 2017 Panama switched recognition to Beijing." */
    end: '.',
    /** Before the event's citation (ends in a space in English). */
    source: 'Source: ',
  },
};

/** The timeline's texts in one language. */
export type TimelineMessages = typeof en;

export const timelineMessages: Record<Locale, TimelineMessages> = {
  en,
  'zh-TW': {
    region: '邦交國時間軸',
    play: '播放',
    pause: '暫停',
    previousYear: '上一年',
    nextYear: '下一年',
    goToYear: '前往年份',
    yearOutOfRange: (from, to) => `請輸入${from}至${to}之間的年份。`,
    speed: '速度',
    loop: '循環播放',
    alliesAfterCount: (readOn) => `個邦交國（${readOn}）`,
    changes: (parts) => `，當年${parts.join('、')}`,
    chart: {
      era: (name, from, to, gained, lost) => `${name}（${from}–${to ?? '今'}）：建交${gained}國，斷交${lost}國`,
      mode: '圖表',
      total: '總數',
      byRegion: '依地區',
      regions: { africa: '非洲', americas: '美洲', asia: '亞洲', europe: '歐洲', oceania: '大洋洲' },
      regionCount: (region, count) => `${region}${count}國`,
      regionSplit: (year) => `${year}各地區的邦交國`,
      summaryByRegion: (firstYear, lastYear, first, last) =>
        `臺灣每年12月31日正式邦交國依地區的堆疊階梯圖，${firstYear}至${lastYear}年：${firstYear}年${first}；${lastYear}年${last}。點選圖上的年份即可前往該年。`,
      marks: '圖上的大事與邦交變動',
      milestone: (date, label) => `${date}：${label}`,
      tick: (year, text) => `${year}：${text}`,
    },
    weight: {
      people: (share, year) => `占世界人口${share}${year ? `（${year}數據）` : ''}`,
      gdp: (share, year) => `占全球GDP ${share}${year ? `（${year}數據）` : ''}`,
      separator: '；',
      missing: (both, gdpOnly) => `因世界銀行無數據而未計入：${[both, gdpOnly && `${gdpOnly}的GDP`].filter(Boolean).join('；')}。`,
      source: '世界銀行《世界發展指標》（CC BY 4.0）',
    },
    gainedCount: (count) => `新增${count}個`,
    lostCount: (count) => `斷交${count}個`,
    slider: '年份',
    sliderValue: (year, allies) => `${year}年：${allies}個邦交國`,
    chartSummary: ({ firstYear, lastYear, first, peak, peakYear, last }) =>
      `臺灣每年12月31日正式邦交國數量的階梯圖，${firstYear}至${lastYear}年：${firstYear}年${first}個，${peakYear}年達到高峰${peak}個，${lastYear}年${last}個。點選圖上的年份即可前往該年。`,
    chartSummaryBeijing: ({ firstYear, lastYear, first, peak, peakYear, last }) =>
      `第二條線：與北京有外交關係的國家，${firstYear}年${first}個，${peakYear}年達到高峰${peak}個，${lastYear}年${last}個。`,
    events: {
      heading: (year) => `${year}年的變動`,
      presidentSeparator: '；',
      count: (count) => (count === 0 ? '（無）' : `（${count}項）`),
      none: (year, asFarAsData) => `${year}年沒有建立或終止任何正式外交關係${asFarAsData ? '（以現有資料為準）' : ''}。`,
      brief: '（為期短暫，未延續到該年12月31日）',
      beijing: (date) => `（與北京建交：${date}）`,
      end: '。',
      source: '資料來源：',
    },
  },
};
