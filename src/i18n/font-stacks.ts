import type { Locale } from './locale.ts';

/**
 * Font stacks that can write every text the app draws on a canvas (the map's names, the exports'
 * frames): the Latin system fonts, then fonts with the Traditional Chinese glyphs (Linux, macOS,
 * Windows). Chinese text lists its fonts first, so that its full-width punctuation and the Latin
 * letters among it come from one font. System fonts only: nothing is fetched.
 */
const CJK_FONTS = "'Noto Sans CJK TC', 'Noto Sans TC', 'PingFang TC', 'Microsoft JhengHei'";
export const CANVAS_FONTS: Record<Locale, string> = {
  en: `system-ui, -apple-system, 'Segoe UI', 'Noto Sans', ${CJK_FONTS}, sans-serif`,
  'zh-TW': `${CJK_FONTS}, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', sans-serif`,
};
