import { parsePartialDate, type PartialDate } from '../data/partial-date.ts';
import type { Locale } from './locale.ts';

/** Numbers, dates and lists written the way each language writes them. */

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A count with the language's grouping, e.g. 1,234. Not for years: those are written bare. */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A year alone: "1971" in English, "1971年" in Chinese. */
export function formatYear(year: number, locale: Locale): string {
  return locale === 'zh-TW' ? `${year}年` : String(year);
}

/**
 * A partial date at the precision it has: "1989", "Dec 2004", "11 Oct 1989" in English and
 * 1989年, 2004年12月, 1989年10月11日 in Chinese. Written by hand rather than with
 * Intl.DateTimeFormat, whose short months change between ICU versions ("Sep" / "Sept").
 */
export function formatPartialDate(text: PartialDate, locale: Locale): string {
  const parsed = parsePartialDate(text);
  if (!parsed) return text;
  const { year, month, day, precision } = parsed;
  if (locale === 'zh-TW') return precision === 'year' ? `${year}年` : precision === 'month' ? `${year}年${month}月` : `${year}年${month}月${day}日`;
  return precision === 'year' ? String(year) : precision === 'month' ? `${MONTHS_EN[month - 1]} ${year}` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** A list in the language's words: "A, B and C" / "A、B和C". */
const listFormats = new Map<Locale, Intl.ListFormat>();

export function formatList(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  return format.format(items);
}

/**
 * A reported sum in words: "3.1 billion US dollars", "31億美元"; a bare number where the source
 * names no currency. Intl writes the currencies' names and the Chinese units (萬, 億).
 */
export function formatAmount(amount: number, currency: string | null, locale: Locale): string {
  const options: Intl.NumberFormatOptions = { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2, minimumFractionDigits: 0 };
  const text = new Intl.NumberFormat(locale, currency ? { ...options, style: 'currency', currency, currencyDisplay: 'name' } : options).format(amount);
  // Chinese runs the number and the currency's name together.
  return locale === 'zh-TW' ? text.replace(/\s+/g, '') : text;
}

/** A share as a percentage to two significant digits: "0.48%", "28%". */
export function formatShare(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 2 }).format(share);
}
