import type { Locale } from '../locale.ts';

/** (to be filled) */
const en = {};

export type ExportsMessages = typeof en;

export const exportsMessages: Record<Locale, ExportsMessages> = {
  en,
  'zh-TW': {},
};
