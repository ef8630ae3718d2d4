import type { Locale } from '../locale.ts';

/**
 * The details panel of one country (its categories, relations, office, visa access, New
 * Southbound membership and sources) and the map's hover tooltip. Dates come in already written
 * by formatPartialDate; the data's names, notes and citations are shown as they are.
 */
const en = {
  closeDetails: 'Close details',
  /** On phones, the details are a sheet over the map's lower part; this button makes it (nearly) full height and back. */
  expandDetails: 'Expand details',
  home: 'Home: the Republic of China (Taiwan). The map shows its relationships with the rest of the world.',
  categories: 'Categories',
  noCategory: 'No category shown on this map',
  /** Beijing's side: the state's periods of diplomatic relations with the PRC (beijing-relations.csv). */
  beijing: {
    heading: 'Relations with Beijing',
    periods: 'Periods of diplomatic relations with the People’s Republic of China',
    none: 'No diplomatic relations with the People’s Republic of China recorded.',
    /** How a period with Beijing ended. */
    ended: { severed: 'broken off', state_dissolved: 'the state ceased to exist' },
    /** The name of a predecessor or successor state whose period shows on this shape. */
    as: (name: string) => `As ${name}: `,
  },
  relations: {
    heading: 'Diplomatic relations',
    allySince: (date: string) => `Formal diplomatic ally since ${date}.`,
    formerSince: (date: string) => `Former ally: no formal relations since ${date}.`,
    never: 'No formal diplomatic relations with Taiwan (Republic of China) since 1949.',
    periods: 'Periods of formal relations',
    /** Before a predecessor state's period shown on its successor (the Soviet Union's on Russia). */
    asPredecessor: (name: string) => `As ${name}: `,
    /** A period's dates; `end` is null while it lasts. */
    span: (start: string, end: string | null) => `${start} – ${end ?? 'present'}`,
    /** The start of a period running in 1949 whose first day no source gives. */
    unknownStart: 'before 1949 (start unknown)',
    /** A period's dates and how it ended (vocabulary.endReason). */
    ended: (span: string, reason: string) => `${span}: ${reason}`,
    /** A period that began with consular relations only, until the given day. */
    consularUntil: (date: string) => `Consular relations until ${date}, then diplomatic.`,
    consularOnly: 'Consular relations only (counted, as every consular tie is: see Method and sources).',
    /** The other side of a switch: when relations with Beijing began, and the days between. */
    beijing: (date: string, days: number | null) =>
      `Relations with Beijing established ${date}${days === null ? '' : days === 0 ? ', the same day' : days === 1 ? ', a day later' : days === -1 ? ', a day earlier' : days > 0 ? `, ${days} days later` : `, ${-days} days earlier`}.`,
    confidence: { high: 'Confidence: high', medium: 'Confidence: medium', low: 'Confidence: low' },
  },
  /** The country's standing in the timeline's year, in one sentence: `${day}: ${status}.` */
  yearStatus: {
    onDec31: (year: number) => `On 31 Dec ${year}`,
    asFarAsData: (year: number) => `In ${year} (as far as the data goes)`,
    sentence: (day: string, status: string) => `${day}: ${status}.`,
    ally: 'a formal diplomatic ally',
    gained: 'a formal diplomatic ally, gained that year',
    lost: 'an ally lost that year',
    former: 'a former ally',
    none: 'no formal relations yet',
  },
  office: {
    heading: 'Representative office',
    /** Around the office's other cities (kept in the data's English): " (also Sydney, Melbourne)". */
    alsoBefore: ' (also ',
    alsoAfter: ')',
    partner: 'Substantive partner.',
    partnerLikeMinded: 'Substantive partner, named a like-minded country by Taiwan’s foreign ministry.',
    /** The office's history (office-history.csv), oldest first; names as the sources write them. */
    history: 'The office through time',
    event: {
      opened: (date: string) => `${date}: opened as `,
      renamed: (date: string) => `${date}: renamed `,
      closed: (date: string) => `${date}: closed (`,
    },
    /** After a closed office's name. */
    closedAfter: ')',
    noneToday: 'No Taiwan office there today.',
    noOpening: 'When the office opened is not known to the sources read.',
  },
  likeMinded: {
    heading: 'Like-minded country',
    text: 'Named like-minded by Taiwan’s foreign ministry; no Taiwan representative office there.',
  },
  visa: {
    heading: 'Visa access for Taiwan passport holders',
    /** The regime (vocabulary.visaRegime), the longest stay when the data has one, and the date. */
    entry: (regime: string, maxStayDays: number | null, asOf: string) => `${regime}${maxStayDays ? `, up to ${maxStayDays} days` : ''} (as of ${asOf}).`,
    since: (date: string) => `In force since ${date}.`,
    none: 'No visa data for this place.',
  },
  nsp: {
    heading: 'New Southbound Policy',
    /** The country's group (vocabulary.nspGroup) and the policy's launch date. */
    member: (group: string, launched: string) => `${group} country of the policy launched on ${launched}.`,
  },
  sources: 'Sources',
  tooltip: {
    home: 'Home',
    gained: (year: number) => ` (gained in ${year})`,
    lost: (year: number) => ` (lost in ${year})`,
    noCategory: (year: number) => `No category shown for ${year}`,
  },
};

/** The panel's texts in one language. */
export type PanelMessages = typeof en;

export const panelMessages: Record<Locale, PanelMessages> = {
  en,
  'zh-TW': {
    closeDetails: '關閉詳細資料',
    expandDetails: '展開詳細資料',
    home: '本國：中華民國（臺灣）。地圖呈現臺灣與世界各國的關係。',
    categories: '類別',
    noCategory: '不屬於本地圖顯示的任何類別',
    beijing: {
      heading: '與北京的關係',
      periods: '與中華人民共和國的外交關係期間',
      none: '查無與中華人民共和國的外交關係紀錄。',
      ended: { severed: '斷交', state_dissolved: '國家不復存在' },
      as: (name) => `${name}時期：`,
    },
    relations: {
      heading: '外交關係',
      allySince: (date) => `自${date}起為正式邦交國。`,
      formerSince: (date) => `前邦交國：自${date}起無正式外交關係。`,
      never: '1949年以來未與臺灣（中華民國）建立正式外交關係。',
      periods: '正式外交關係的期間',
      asPredecessor: (name) => `${name}時期：`,
      span: (start, end) => (end ? `${start}至${end}` : `${start}至今`),
      unknownStart: '1949年以前（起始日期不詳）',
      ended: (span, reason) => `${span}，${reason}`,
      consularUntil: (date) => `${date}前僅有領事關係，其後為外交關係。`,
      consularOnly: '僅有領事關係（依本圖集規則，領事關係一律計入：見「方法與資料來源」）。',
      beijing: (date, days) => `與北京建交：${date}${days === null ? '' : days === 0 ? '（同日）' : days > 0 ? `（${days}天後）` : `（${-days}天前）`}。`,
      confidence: { high: '可信度：高', medium: '可信度：中', low: '可信度：低' },
    },
    yearStatus: {
      onDec31: (year) => `${year}年12月31日`,
      asFarAsData: (year) => `${year}年（以現有資料為準）`,
      sentence: (day, status) => `${day}：${status}。`,
      ally: '正式邦交國',
      gained: '正式邦交國，當年建交或復交',
      lost: '當年斷交',
      former: '前邦交國',
      none: '尚無正式外交關係',
    },
    office: {
      heading: '代表處',
      alsoBefore: '（另有 ',
      alsoAfter: '）',
      partner: '實質夥伴。',
      partnerLikeMinded: '實質夥伴，並獲外交部列為理念相近國家。',
      history: '代表處沿革',
      event: {
        opened: (date) => `${date}：設立，名為 `,
        renamed: (date) => `${date}：更名為 `,
        closed: (date) => `${date}：關閉（`,
      },
      closedAfter: '）',
      noneToday: '當地目前沒有臺灣的代表處。',
      noOpening: '所讀來源未載明代表處的設立日期。',
    },
    likeMinded: {
      heading: '理念相近國家',
      text: '獲外交部列為理念相近國家；當地未設臺灣代表處。',
    },
    visa: {
      heading: '臺灣護照持有人的簽證待遇',
      entry: (regime, maxStayDays, asOf) => `${regime}${maxStayDays ? `，最長停留${maxStayDays}天` : ''}（截至${asOf}）。`,
      since: (date) => `自${date}起實施。`,
      none: '此地沒有簽證資料。',
    },
    nsp: {
      heading: '新南向政策',
      member: (group, launched) => `新南向政策的${group}國家；此政策於${launched}啟動。`,
    },
    sources: '資料來源',
    tooltip: {
      home: '本國',
      gained: (year) => `（${year}年成為邦交國）`,
      lost: (year) => `（${year}年斷交）`,
      noCategory: (year) => `${year}年無可顯示的類別`,
    },
  },
};
