import type { Locale } from '../locale.ts';
import type { AllyEventKind, AllyStatus } from '../../data/ally-timeline.ts';
import type { CompareChangeKind } from '../../data/year-compare.ts';

/** The compare view: two years' maps, its controls, and the list of what changed between them. */
const en = {
  /** The view's title: "1971 vs. 2025". */
  title: (then: string, now: string) => `${then} vs. ${now}`,
  /** The embed's and the exports' title, and what changed in a line. */
  caption: (then: string, now: string) => `Taiwan’s international ties, ${then} vs. ${now}`,
  summary: (parts: readonly string[]) => parts.join(', '),
  kindCounts: {
    lost: (count: number) => `${count} lost`,
    gained: (count: number) => `${count} gained`,
    restored: (count: number) => `${count} restored`,
    returned: (count: number) => `${count} left and came back`,
    between: (count: number) => `${count} allies only in between`,
  } satisfies Record<CompareChangeKind, (count: number) => string>,
  open: 'Compare years',
  close: 'Close comparison',
  /** The control choosing the other year. */
  otherYear: 'Compare with',
  mode: 'Show the two maps',
  side: 'Side by side',
  swipe: 'Swipe',
  /** The second map's region name and each map's year tag. */
  mapOf: (year: string) => `Map of ${year}`,
  /** The swipe divider: a slider between the two years' maps. */
  divider: (then: string, now: string) => `Divider between ${then} (left) and ${now} (right)`,
  /** The change list. */
  changes: (then: string, now: string) => `What changed, ${then} to ${now}`,
  counts: (then: string, thenCount: number, now: string, nowCount: number) => `${thenCount} allies in ${then}, ${nowCount} in ${now}`,
  noChange: 'No country’s relations changed between these years.',
  kinds: {
    lost: 'Lost',
    gained: 'Gained',
    restored: 'Restored (allies before, back again)',
    returned: 'Left and came back',
    between: 'Allies only in between',
  } satisfies Record<CompareChangeKind, string>,
  /** A dated change in a country's line, short: "to Beijing 15 Jan 2024". */
  event: {
    established: (date: string) => `ties ${date}`,
    restored: (date: string) => `back ${date}`,
    switched: (date: string) => `to Beijing ${date}`,
    dissolved: (date: string) => `state ended ${date}`,
    ended: (date: string) => `ended ${date}`,
  } satisfies Record<AllyEventKind, (date: string) => string>,
  byRegion: 'By region',
  regionRow: (region: string, then: number, now: number, change: string) => `${region}: ${then} → ${now} (${change})`,
  weightOf: (year: string) => `${year}: `,
  /** The table view's column with the other year's status. */
  column: (year: string) => `In ${year}`,
  status: { ally: 'Formal ally', gained: 'Formal ally (new that year)', lost: 'Ties ended that year', former: 'Former ally' } satisfies Record<
    AllyStatus,
    string
  >,
};

export type CompareMessages = typeof en;

export const compareMessages: Record<Locale, CompareMessages> = {
  en,
  'zh-TW': {
    title: (then, now) => `${then} 對比 ${now}`,
    caption: (then, now) => `臺灣的國際關係：${then}對比${now}`,
    summary: (parts) => parts.join('，'),
    kindCounts: {
      lost: (count) => `${count} 國斷交`,
      gained: (count) => `${count} 國新建交`,
      restored: (count) => `${count} 國復交`,
      returned: (count) => `${count} 國斷交後復交`,
      between: (count) => `${count} 國僅在期間內為邦交國`,
    },
    open: '比較兩個年份',
    close: '關閉比較',
    otherYear: '比較年份',
    mode: '兩幅地圖的排列',
    side: '並排',
    swipe: '滑動對照',
    mapOf: (year) => `${year}地圖`,
    divider: (then, now) => `${then}（左）與${now}（右）之間的分隔線`,
    changes: (then, now) => `${then}至${now}的變化`,
    counts: (then, thenCount, now, nowCount) => `${then}有 ${thenCount} 個邦交國，${now}有 ${nowCount} 個`,
    noChange: '這兩個年份之間沒有國家的外交關係改變。',
    kinds: {
      lost: '斷交',
      gained: '新建交',
      restored: '復交（曾為邦交國，再度建交）',
      returned: '斷交後復交',
      between: '僅在期間內為邦交國',
    },
    event: {
      established: (date) => `${date}建交`,
      restored: (date) => `${date}復交`,
      switched: (date) => `${date}轉向北京`,
      dissolved: (date) => `${date}國家不復存在`,
      ended: (date) => `${date}關係終止`,
    },
    byRegion: '各區域',
    regionRow: (region, then, now, change) => `${region}：${then} → ${now}（${change}）`,
    weightOf: (year) => `${year}：`,
    column: (year) => `${year}`,
    status: { ally: '正式邦交國', gained: '正式邦交國（當年建交）', lost: '當年斷交', former: '前邦交國' },
  },
};
