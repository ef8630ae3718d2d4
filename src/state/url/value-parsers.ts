import { LOCALES, parseLocale, type Locale } from '../../i18n/locale.ts';
import type { YearRange } from '../../data/year-range.ts';
import { MAX_HOLD_SECONDS } from '../playback.ts';
import { invalid, type Param } from './param.ts';

// Readers of a parameter's text by the kind of value it holds (a missing parameter is not read).

export function parseCountry(raw: string, isCountry: (iso3: string) => boolean): Param<string> {
  const code = raw.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return invalid(raw, { code: 'not-country-code' });
  if (!isCountry(code)) return invalid(raw, { code: 'not-on-map' });
  return { status: 'valid', value: code };
}

/** A year of the timeline, written as four digits. */
export function parseYear(raw: string, years: YearRange): Param<number> {
  const text = raw.trim();
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < years.from || year > years.to) return invalid(raw, { code: 'not-year', from: years.from, to: years.to });
  return { status: 'valid', value: year };
}

// A Map, not a plain object: a lookup of `constructor` or `__proto__` must find nothing.
const FLAGS = new Map<string, boolean>([
  ['1', true],
  ['true', true],
  ['yes', true],
  ['0', false],
  ['false', false],
  ['no', false],
]);

export function parseFlag(raw: string): Param<boolean> {
  const value = FLAGS.get(raw.trim().toLowerCase());
  return value === undefined ? invalid(raw, { code: 'not-flag' }) : { status: 'valid', value };
}

/** Seconds, as a plain decimal number from 0 to MAX_HOLD_SECONDS. */
export function parseHold(raw: string): Param<number> {
  const text = raw.trim();
  const seconds = Number(text);
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(text) || seconds > MAX_HOLD_SECONDS) return invalid(raw, { code: 'not-seconds', max: MAX_HOLD_SECONDS });
  return { status: 'valid', value: seconds };
}

/** A reader of one of `values`, in any letter case. */
export function parseOneOf<V extends string>(values: readonly V[]): (raw: string) => Param<V> {
  return (raw) => {
    const value = raw.trim().toLowerCase();
    return (values as readonly string[]).includes(value) ? { status: 'valid', value: value as V } : invalid(raw, { code: 'not-one-of', values });
  };
}

export function parseLang(raw: string): Param<Locale> {
  const locale = parseLocale(raw);
  return locale ? { status: 'valid', value: locale } : invalid(raw, { code: 'not-one-of', values: LOCALES });
}
