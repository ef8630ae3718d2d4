import type { Locale } from '../i18n/locale.ts';

const collators = new Map<Locale, Intl.Collator>();

/**
 * The one order for names in a language (the timeline's lists, the table, the CSV, the search,
 * the events list and the announcements all use it): Chinese names in Taiwan's order (by stroke
 * count), accents sorted as people expect. In the data layer so the data's own lists sort alike.
 */
export function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return collator;
}
