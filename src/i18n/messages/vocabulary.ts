import type { AllyEventKind } from '../../data/ally-timeline.ts';
import type { LayerId } from '../../data/layers.ts';
import type { VisaRegime } from '../../data/layers.ts';
import type { EndReason, NewSouthboundGroup } from '../../data/dataset.ts';
import type { Locale } from '../locale.ts';

/** The words for the data's categories, shared by the legend, the panel, the table and exports. */
const en = {
  layer: {
    ally: 'Formal diplomatic ally',
    former: 'Former ally',
    beijing: 'Recognises Beijing',
    partner: 'Substantive partner',
    'visa-free': 'Visa-free',
    'visa-arrival': 'Visa on arrival',
    'visa-online': 'e-Visa or eTA',
    nsp: 'New Southbound Policy',
  } satisfies Record<LayerId, string>,
  likeMindedPartner: 'Like-minded partner',
  /** States with relations with neither Taipei nor Beijing (drawn while both sides show). */
  neither: 'Recognises neither',
  visaRegime: {
    visa_free: 'Visa-free',
    visa_on_arrival: 'Visa on arrival',
    e_visa: 'e-Visa',
    eta: 'Electronic travel authorisation (eTA)',
    visa_required: 'Visa required',
    no_admission: 'No admission',
    not_applicable: 'Not applicable',
    unknown: 'No information',
  } satisfies Record<VisaRegime, string>,
  /** How a period ended, in words that follow a country's name or a date span. */
  endReason: {
    switched_to_prc: 'switched recognition to Beijing',
    state_dissolved: 'ceased to exist as a state',
    other: 'relations ended (no immediate switch to Beijing)',
  } satisfies Record<EndReason, string>,
  /** What happened, in words that follow a country's name. */
  event: {
    established: 'established formal relations',
    restored: 'restored formal relations',
    switched: 'switched recognition to Beijing',
    dissolved: 'ceased to exist as a state',
    ended: 'relations ended (no immediate switch to Beijing)',
  } satisfies Record<AllyEventKind, string>,
  nspGroup: { ASEAN: 'ASEAN', 'South Asia': 'South Asia', Oceania: 'Oceania' } satisfies Record<NewSouthboundGroup, string>,
  /** The playback speeds (state/playback.ts PLAY_SPEEDS), in the timeline and the video export. */
  speed: { slow: 'Slow', normal: 'Normal', fast: 'Fast' },
  /** The day a year's count is read on: the data's as-of date for the current year, else 31 December. */
  readOnAsOf: (date: string) => `as of ${date}`,
  readOnYearEnd: (year: number) => `on 31 Dec ${year}`,
  /** Why a layer that is not historical is not drawn for an earlier year. */
  notDrawn: {
    launched: (year: number, date: string) => `Not drawn for ${year}: the policy began on ${date}.`,
    asOf: (year: number, date: string) => `Not drawn for ${year}: the data is as of ${date}, not a record of past years.`,
    /** A layer drawn through time, before its first dated fact. */
    beforeFirst: (year: number, first: number) => `Not drawn for ${year}: the first office with a known opening date opened in ${first}.`,
  },
  /** The partner layer's legend in a year it may show too few (exports, embed). */
  partnerDatedOnly: 'Substantive partner (offices with a known opening date)',
  /** A layer drawn through time from what is dated, before the year it is complete from. */
  partial: (year: number, complete: number, undated: number) =>
    `Offices with a known opening date only: ${undated} of today’s offices have none and are drawn from ${complete}, so ${year} may show too few.`,
};

/** The data's vocabulary in one language. */
export type VocabularyMessages = typeof en;

export const vocabularyMessages: Record<Locale, VocabularyMessages> = {
  en,
  'zh-TW': {
    layer: {
      ally: '正式邦交國',
      former: '前邦交國',
      beijing: '承認北京',
      partner: '實質夥伴',
      'visa-free': '免簽證',
      'visa-arrival': '落地簽證',
      'visa-online': '電子簽證或電子旅行授權',
      nsp: '新南向政策',
    },
    likeMindedPartner: '理念相近夥伴',
    neither: '兩岸皆未承認',
    visaRegime: {
      visa_free: '免簽證',
      visa_on_arrival: '落地簽證',
      e_visa: '電子簽證',
      eta: '電子旅行授權（eTA）',
      visa_required: '須辦簽證',
      no_admission: '不予入境',
      not_applicable: '不適用',
      unknown: '無資料',
    },
    endReason: {
      switched_to_prc: '轉而承認北京',
      state_dissolved: '國家不復存在',
      other: '關係終止（未立即轉向北京）',
    },
    event: {
      established: '建立正式外交關係',
      restored: '恢復正式外交關係',
      switched: '轉而承認北京',
      dissolved: '國家不復存在',
      ended: '關係終止（未立即轉向北京）',
    },
    nspGroup: { ASEAN: '東協', 'South Asia': '南亞', Oceania: '紐澳' },
    speed: { slow: '慢', normal: '正常', fast: '快' },
    readOnAsOf: (date) => `截至${date}`,
    readOnYearEnd: (year) => `${year}年12月31日`,
    notDrawn: {
      launched: (year, date) => `${year}年不繪製：此政策始於${date}。`,
      asOf: (year, date) => `${year}年不繪製：資料截至${date}，並非過去年份的紀錄。`,
      beforeFirst: (year, first) => `${year}年不繪製：已知設立日期的代表處中，最早的設於${first}年。`,
    },
    partnerDatedOnly: '實質夥伴（設立日期已知的代表處）',
    partial: (year, complete, undated) =>
      `僅繪出設立日期已知的代表處：現有代表處中有${undated}處設立日期不明，自${complete}年起才繪出，因此${year}年可能少算。`,
  },
};
