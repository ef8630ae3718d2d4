import type { Locale } from '../locale.ts';

/** (to be filled) */
const en = {};

export type PanelMessages = typeof en;

export const panelMessages: Record<Locale, PanelMessages> = {
  en,
  'zh-TW': {},
};
