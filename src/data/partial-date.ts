/**
 * Dates in the data are ISO 8601 with the precision the sources give: `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`. For counting, a missing month or day stands for the first (the reference
 * convention: a relation that ended "in 1971" is not counted on 31 December 1971).
 */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** How much of a date the source gave. */
export type DatePrecision = 'year' | 'month' | 'day';

/** Parses a partial date; null when it is not one or names a day that does not exist. */
export function parsePartialDate(text: string): { year: number; month: number; day: number; precision: DatePrecision } | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const precision: DatePrecision = match[3] ? 'day' : match[2] ? 'month' : 'year';
  return { year, month, day, precision };
}

/**
 * Each date's first instant, parsed once: building the timeline reads every period's dates once
 * per year (78 years × 200 periods), which re-parsing made the largest part of the page's start-up.
 * The data holds a few hundred distinct dates, so the cache stays small.
 */
const startInstants = new Map<PartialDate, number>();

/** Milliseconds since the epoch (UTC) of the first day a partial date can stand for. */
export function startOfPartialDate(text: PartialDate): number {
  let instant = startInstants.get(text);
  if (instant === undefined) {
    const parsed = parsePartialDate(text);
    if (!parsed) throw new Error(`not a partial ISO date: "${text}"`);
    instant = Date.UTC(parsed.year, parsed.month - 1, parsed.day);
    startInstants.set(text, instant);
  }
  return instant;
}

/** The year of a partial date. */
export function yearOfPartialDate(text: PartialDate): number {
  return new Date(startOfPartialDate(text)).getUTCFullYear();
}

/** A UTC instant as a fractional year (1 July 1957 ≈ 1957.5), for placing dates on a time axis. */
export function fractionalYear(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  return year + (instant - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/** The UTC instant of 31 December of a year: the day a year's state is read on. */
export function endOfYear(year: number): number {
  return Date.UTC(year, 11, 31);
}

/**
 * Whole days from one date to another (negative when `to` comes first), or null when either is
 * not given to the day: a gap between "1971" and "1971-12-07" is not a number of days.
 */
export function daysBetween(from: PartialDate, to: PartialDate): number | null {
  const [a, b] = [parsePartialDate(from), parsePartialDate(to)];
  if (a?.precision !== 'day' || b?.precision !== 'day') return null;
  return Math.round((startOfPartialDate(to) - startOfPartialDate(from)) / 86_400_000);
}
