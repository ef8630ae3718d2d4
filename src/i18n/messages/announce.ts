import type { Locale } from '../locale.ts';

/**
 * What a screen reader hears when the timeline's year changes, e.g. "1971: 53 allies; 14 lost:
 * Austria, Belgium, Cameroon, Cyprus, Ecuador and 9 more; milestone: UN Resolution 2758." Years and
 * dates arrive written for the language; lists arrive joined (formatList).
 */
const en = {
  /** The year and its ally count. */
  allies: (year: string, count: number) => `${year}: ${count} ${count === 1 ? 'ally' : 'allies'}`,
  /** The year when it is read on the data's as-of date rather than on 31 December. */
  yearAsOf: (year: string, date: string) => `${year} (as of ${date})`,
  lost: (count: number, names: string) => `${count} lost: ${names}`,
  gained: (count: number, names: string) => `${count} gained: ${names}`,
  /** The year's milestones, by their labels on the chart. */
  milestones: (count: number, labels: string) => `${count === 1 ? 'milestone' : 'milestones'}: ${labels}`,
  /** The end of a capped list of names. */
  more: (count: number) => `${count} more`,
  separator: '; ',
  end: '.',
};

/** The year announcement's texts in one language. */
export type AnnounceMessages = typeof en;

export const announceMessages: Record<Locale, AnnounceMessages> = {
  en,
  'zh-TW': {
    allies: (year, count) => `${year}：${count}個邦交國`,
    yearAsOf: (year, date) => `${year}（截至${date}）`,
    lost: (count, names) => `斷交${count}國：${names}`,
    gained: (count, names) => `新建交${count}國：${names}`,
    milestones: (_count, labels) => `大事：${labels}`,
    more: (count) => `另外${count}國`,
    separator: '；',
    end: '。',
  },
};
