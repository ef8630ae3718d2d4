import type { Locale } from '../locale.ts';

/**
 * The words that let a view stand on its own away from the full app: the embed view's caption,
 * legend and buttons, also the title, count and legend drawn on exported images and videos.
 */
const en = {
  /** The view's title. */
  title: (year: number) => `Taiwan’s international ties, ${year}`,
  /** The year's ally count, the day it is read on (`readOn…`) and the year's changes, if any. */
  count: (allies: number, readOn: string, changes: readonly string[]) => `${allies} formal allies ${readOn}${changes.length ? ` (${changes.join(', ')})` : ''}`,
  gained: (count: number) => `${count} gained`,
  lost: (count: number) => `${count} lost`,
  /** After the count while Beijing's side shows: its states, and those with neither (null: not drawn). */
  otherSide: (beijing: number, neither: number | null) => ` · ${beijing} recognise Beijing${neither === null ? '' : `, ${neither} neither`}`,
  /** After the allies' weight (the timeline's words): the allies it leaves out for want of a World Bank figure. */
  weightMissing: (names: string) => ` (no World Bank figure: ${names})`,
  weightGdpOf: (name: string) => `GDP of ${name}`,
  weightMissingCount: (count: number) => `${count} allies`,
  weightSource: 'World Bank WDI',
  /** Legend entries for the ally layer's marking of the year's changes. */
  gainedIn: (year: number) => `Ally gained in ${year}`,
  lostIn: (year: number) => `Ally lost in ${year}`,
  legend: 'Legend',
  noLayer: (year: number) => `No layer is shown for ${year}.`,
  credit: 'Shapes: Natural Earth. Population and GDP: World Bank WDI (CC BY 4.0). Sources for every country in Taiwan Ties.',
  share: 'Share',
  /** The link to the full app: "Open", then the app's name (with its space) where the frame is wide enough. */
  open: 'Open',
  openName: ' Taiwan Ties',
  newTab: '(in a new tab)',
};

/** The embed view's (and exported frames') texts in one language. */
export type EmbedMessages = typeof en;

export const embedMessages: Record<Locale, EmbedMessages> = {
  en,
  'zh-TW': {
    title: (year) => `${year}年臺灣的國際關係`,
    count: (allies, readOn, changes) => `${readOn}共${allies}個正式邦交國${changes.length ? `（${changes.join('，')}）` : ''}`,
    gained: (count) => `新增${count}個`,
    lost: (count) => `斷交${count}個`,
    otherSide: (beijing, neither) => `；${beijing}國承認北京${neither === null ? '' : `，${neither}國兩岸皆未承認`}`,
    weightMissing: (names) => `（${names}無世界銀行數據）`,
    weightGdpOf: (name) => `${name}的GDP`,
    weightMissingCount: (count) => `${count}個邦交國`,
    weightSource: '世界銀行WDI',
    gainedIn: (year) => `${year}年新增邦交`,
    lostIn: (year) => `${year}年斷交`,
    legend: '圖例',
    noLayer: (year) => `${year}年未顯示任何圖層。`,
    credit: '地圖形狀：Natural Earth。人口與GDP：世界銀行WDI（CC BY 4.0）。各國資料來源請見 Taiwan Ties 臺灣邦誼地圖。',
    share: '分享',
    open: '開啟',
    openName: '臺灣邦誼地圖',
    newTab: '（在新分頁開啟）',
  },
};
