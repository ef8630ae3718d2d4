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

/**
 * The stacks for an SVG file, which renderers that know no `system-ui` read too (librsvg, slide
 * software): English names no Chinese font, which such a renderer would take the Latin
 * punctuation from (full-width: "Taiwan’s" with a wide apostrophe); a Chinese glyph still comes
 * from the system's fallback. A browser picks its system font first, as on the canvas.
 */
export const SVG_FONTS: Record<Locale, string> = {
  en: "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', sans-serif",
  'zh-TW': CANVAS_FONTS['zh-TW'],
};
