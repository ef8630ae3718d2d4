import type { Locale } from '../locale.ts';

/** (to be filled) */
const en = {};

export type EmbedMessages = typeof en;

export const embedMessages: Record<Locale, EmbedMessages> = {
  en,
  'zh-TW': {},
};
