import type { Locale } from '../locale.ts';

/**
 * The table view (the map's countries as rows), the map/table switch and the text shown when the
 * map cannot be drawn. Years arrive already written for the language (formatYear); counts bare.
 */
const en = {
  /** The caption's first sentence: the year and the layers it shows, e.g. "1971: Formal diplomatic ally and Former ally." */
  caption: (year: string, layers: string) => `${year}: ${layers}.`,
  /** Stands in for the layer list when the person hid every layer. */
  noLayers: 'no layer is shown',
  /** Chosen layers the year cannot draw (their data is dated later), as the map leaves them out. */
  notDrawn: (layers: string) => `Not drawn for this year, as the data is not dated that far back: ${layers}.`,
  /** How many rows the table has. */
  count: (count: number) => `${count} ${count === 1 ? 'country or territory' : 'countries and territories'}`,
  /** Read with the caption (screen readers do not always announce a header's sort state). */
  sortedBy: (column: string, direction: string) => `Sorted by ${column}, ${direction}.`,
  ascending: 'ascending',
  descending: 'descending',
  /** Column headers; each is also the button that sorts by it. */
  columns: {
    name: 'Country',
    code: 'Code',
    categories: 'Shown as',
    compare: 'In the year compared',
    relations: 'Formal relations',
    visa: 'Visa access',
  },
  /** A period still running, by its first year. */
  periodOpen: (from: number) => `since ${from}`,
  /** A period that ended, by its first and last years. */
  periodClosed: (from: number, to: number) => `${from}–${to}`,
  /** A period that began and ended in one year (Papua New Guinea, 1999). */
  periodWithin: (year: number) => `${year}`,
  /** A period running in 1949 from an unknown start, by its last year. */
  periodUntil: (to: number) => `before 1949–${to}`,
  /** A predecessor state's period on its successor's row (the Soviet Union's on Russia). */
  periodOf: (name: string, span: string) => `${name} ${span}`,
  /** Separates the periods of one country. */
  periodSeparator: ', ',
  /** A visa regime with its longest stay. */
  visaStay: (regime: string, days: number) => `${regime}, up to ${days} days`,
  /** Said of an ally gained or lost in the year shown, after its category. */
  statusNote: {
    gained: (year: string) => `gained in ${year}`,
    lost: (year: string) => `lost in ${year}`,
  },
  /** A category with its note, e.g. "Formal diplomatic ally (lost in 1971)". */
  withNote: (label: string, note: string) => `${label} (${note})`,
  /** Separates the categories of one country. */
  categorySeparator: '; ',
  /** The one row of an empty table. */
  empty: 'No country is shown for this year with these layers.',
  /** The switch between the map and the table. */
  viewSwitch: {
    label: 'View',
    map: 'Map',
    table: 'Table',
    method: 'Method and sources',
  },
  /** Shown instead of the map when the browser cannot draw it; the table follows. */
  fallback: {
    title: 'The interactive map cannot be shown',
    allies: (count: number, list: string) => `Taiwan has ${count} formal diplomatic allies today: ${list}.`,
    tableIntro: 'The table below holds what the map would show, for the year and layers chosen; the timeline and filters still work.',
  },
};

/** The table view's texts in one language. */
export type TableMessages = typeof en;

export const tableMessages: Record<Locale, TableMessages> = {
  en,
  'zh-TW': {
    caption: (year, layers) => `${year}：${layers}。`,
    noLayers: '未顯示任何圖層',
    notDrawn: (layers) => `以下圖層的資料年代較晚，本年不顯示：${layers}。`,
    count: (count) => `共${count}個國家或地區`,
    sortedBy: (column, direction) => `依「${column}」${direction}排列。`,
    ascending: '遞增',
    descending: '遞減',
    columns: {
      name: '國家',
      code: '代碼',
      categories: '類別',
      compare: '比較年份',
      relations: '正式邦交',
      visa: '入境簽證',
    },
    periodOpen: (from) => `${from}年起`,
    periodClosed: (from, to) => `${from}–${to}年`,
    periodWithin: (year) => `${year}年`,
    periodUntil: (to) => `1949年以前–${to}年`,
    periodOf: (name, span) => `${name}：${span}`,
    periodSeparator: '、',
    visaStay: (regime, days) => `${regime}，最長停留${days}天`,
    statusNote: {
      gained: (year) => `${year}新建交`,
      lost: (year) => `${year}斷交`,
    },
    withNote: (label, note) => `${label}（${note}）`,
    categorySeparator: '；',
    empty: '本年在所選圖層中沒有任何國家。',
    viewSwitch: {
      label: '檢視方式',
      map: '地圖',
      table: '表格',
      method: '方法與資料來源',
    },
    fallback: {
      title: '無法顯示互動地圖',
      allies: (count, list) => `臺灣目前有${count}個正式邦交國：${list}。`,
      tableIntro: '下方表格列出地圖在所選年份與圖層中會顯示的內容；時間軸與篩選仍可使用。',
    },
  },
};
