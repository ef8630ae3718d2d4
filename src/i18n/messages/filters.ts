import type { LayerId } from '../../data/layers.ts';
import type { Locale } from '../locale.ts';

/**
 * The full app's sidebar: the legend that is also the layer filter (its toggles, counts and
 * descriptions, the year's gains and losses) and the notes under it about what the map draws.
 */
const en = {
  /** The filter's title; the year changes with the timeline. */
  legend: (year: number) => `Show on the map in ${year}`,
  /** A count read aloud after a layer's name: "12 places". */
  places: (count: number) => `${count} ${count === 1 ? 'place' : 'places'}`,
  description: {
    ally: 'Formal diplomatic relations with the Republic of China (Taiwan) in the year shown',
    former: 'Countries that had formal relations with Taiwan at some point since 1949, drawn faintly',
    beijing: "The other side: states with diplomatic relations with the People's Republic of China in the year shown",
    partner: 'A Taiwan representative office, no formal ties; darker: like-minded partners named by MOFA',
    'visa-free': 'Taiwan passport holders enter without a visa',
    'visa-arrival': 'A visa is issued on arrival',
    'visa-online': 'An e-visa or electronic travel authorisation before travel',
    nsp: "Taiwan's New Southbound Policy (since 2016)",
  } satisfies Record<LayerId, string>,
  /** The states recognising neither side, drawn while both sides show. */
  neitherDescription: 'States that had relations with Taipei or Beijing and have none with either in the year shown',
  changesIn: (year: number) => `Changes in ${year}`,
  gainedIn: (year: number) => `Gained in ${year}`,
  lostIn: (year: number) => `Lost in ${year}`,
  visaAccess: 'Visa access',
  /** Back to the first view: the allies and former allies alone. */
  alliesOnly: 'Allies only',
  showAll: 'Show all',
  hideAll: 'Hide all',
  /** The notes under the filter. */
  notes: {
    taiwan: 'Taiwan',
    hatching: 'Hatching: easy visa access where an ally or partner colour fills the country.',
    changeOutline: 'An outline (dark, or light on the dark map) marks an ally gained or lost in the year shown.',
    smallCountries: 'Small countries are drawn as dots (a lost ally’s dot has a dark centre). Click any country for its details and sources.',
    /** The data's dates, and how many places on the map have no visa information. */
    asOf: (visa: string, relations: string, unknownVisa: number, checked: string) =>
      `Visa access for ordinary passports as of ${visa} (each place’s source and its date are in its details)${unknownVisa > 0 ? `; ${unknownVisa} places: no information` : ''}. Formal relations as of ${relations}. Data last checked ${checked}.`,
  },
};

/** The sidebar's texts in one language. */
export type FiltersMessages = typeof en;

export const filtersMessages: Record<Locale, FiltersMessages> = {
  en,
  'zh-TW': {
    legend: (year) => `地圖顯示項目（${year}年）`,
    places: (count) => `${count}個國家或地區`,
    description: {
      ally: '所示年份與中華民國（臺灣）有正式外交關係',
      former: '1949年以來曾與臺灣有正式外交關係的國家，以淡色顯示',
      beijing: '另一方：所示年份與中華人民共和國有外交關係的國家',
      partner: '設有臺灣駐外代表處，但無正式邦交；深色為外交部所稱的理念相近夥伴',
      'visa-free': '持臺灣護照免簽證入境',
      'visa-arrival': '抵達時核發落地簽證',
      'visa-online': '出發前須申請電子簽證或電子旅行授權',
      nsp: '臺灣的新南向政策（2016年起）',
    },
    neitherDescription: '曾與臺北或北京有外交關係、但所示年份與兩岸皆無外交關係的國家',
    changesIn: (year) => `${year}年的變動`,
    gainedIn: (year) => `${year}年新增邦交`,
    lostIn: (year) => `${year}年斷交`,
    visaAccess: '簽證待遇',
    alliesOnly: '只看邦交國',
    showAll: '全部顯示',
    hideAll: '全部隱藏',
    notes: {
      taiwan: '臺灣',
      hatching: '斜線：以邦交國或夥伴顏色填色的國家，另有便利的簽證待遇。',
      changeOutline: '外框（深色地圖上為淺色）標示所示年份新增或斷交的邦交國。',
      smallCountries: '小國以圓點表示（斷交國的圓點中央為深色）。點選任一國家可查看詳細資料與來源。',
      asOf: (visa, relations, unknownVisa, checked) =>
        `普通護照簽證待遇資料截至${visa}（各地的資料來源與日期見其詳細資料）${unknownVisa > 0 ? `；${unknownVisa}個地方無資料` : ''}。正式邦交資料截至${relations}。資料最近查核於${checked}。`,
    },
  },
};
