/**
 * The app's two languages: English and Traditional Chinese as used in Taiwan. Every text the app
 * shows exists in both (messages/*.ts), and every country name is stored in the data in both.
 */
export const LOCALES = ['en', 'zh-TW'] as const;
/** A language the app is written in, as a BCP 47 tag (also the `?lang=` value and `<html lang>`). */
export type Locale = (typeof LOCALES)[number];

/** A text in every language the app speaks, e.g. a country name or a notice. */
export type Localized = Record<Locale, string>;

/** A language's own name, for the language switch (each written in itself). */
export const LOCALE_NAMES: Localized = { en: 'English', 'zh-TW': '中文' };

/**
 * The app's language for a BCP 47 tag: English for `en` and `en-*`, the Traditional Chinese
 * version for `zh` and any `zh-*` (it is the only Chinese one), any letter case, `_` for `-`.
 * Null for other languages. Used for `?lang=` and for the browser's preferences alike.
 */
export function parseLocale(text: string): Locale | null {
  const tag = text.trim().replaceAll('_', '-').toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-TW';
  return null;
}

/** The language to start in from the browser's preferences (navigator.languages): the first that matches, else English. */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const language of languages) {
    const locale = parseLocale(language);
    if (locale) return locale;
  }
  return 'en';
}

/** Builds a text in every language from a function of the language, e.g. `localized((l) => m[l].x)`. */
export function localized(text: (locale: Locale) => string): Localized {
  return { en: text('en'), 'zh-TW': text('zh-TW') };
}

/** A code's name in a language, from a table of names (the code itself for a place with none). */
export function nameIn(names: ReadonlyMap<string, Localized>, code: string, locale: Locale): string {
  return names.get(code)?.[locale] ?? code;
}
