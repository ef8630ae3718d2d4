import type { Locale } from '../locale.ts';

/** (to be filled) */
const en = {};

export type TimelineMessages = typeof en;

export const timelineMessages: Record<Locale, TimelineMessages> = {
  en,
  'zh-TW': {},
};
