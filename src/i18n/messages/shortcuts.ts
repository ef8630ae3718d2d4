import type { Locale } from '../locale.ts';

/** (to be filled) */
const en = {};

export type ShortcutsMessages = typeof en;

export const shortcutsMessages: Record<Locale, ShortcutsMessages> = {
  en,
  'zh-TW': {},
};
