import type { Locale } from '../locale.ts';

/** (to be filled) */
const en = {};

export type TableMessages = typeof en;

export const tableMessages: Record<Locale, TableMessages> = {
  en,
  'zh-TW': {},
};
