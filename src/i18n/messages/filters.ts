import type { Locale } from '../locale.ts';

/** (to be filled) */
const en = {};

export type FiltersMessages = typeof en;

export const filtersMessages: Record<Locale, FiltersMessages> = {
  en,
  'zh-TW': {},
};
