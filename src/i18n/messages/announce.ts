import type { Locale } from '../locale.ts';

/** (to be filled) */
const en = {};

export type AnnounceMessages = typeof en;

export const announceMessages: Record<Locale, AnnounceMessages> = {
  en,
  'zh-TW': {},
};
