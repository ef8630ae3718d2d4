import type { Locale } from '../locale.ts';

/** (to be filled) */
const en = {};

export type ShareMessages = typeof en;

export const shareMessages: Record<Locale, ShareMessages> = {
  en,
  'zh-TW': {},
};
