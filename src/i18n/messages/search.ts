import type { Locale } from '../locale.ts';

/** (to be filled) */
const en = {};

export type SearchMessages = typeof en;

export const searchMessages: Record<Locale, SearchMessages> = {
  en,
  'zh-TW': {},
};
