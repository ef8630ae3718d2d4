import { endOfYear, startOfPartialDate } from './partial-date.ts';
import type { RelationPeriod } from './dataset.ts';

/** Whether formal relations ran on an instant (ms UTC): start ≤ instant < end. */
export function isActiveOn(period: RelationPeriod, instant: number): boolean {
  return startOfPartialDate(period.start) <= instant && (period.end === null || startOfPartialDate(period.end) > instant);
}

/** The codes of every country with formal relations on an instant. */
export function alliesOn(periods: readonly RelationPeriod[], instant: number): Set<string> {
  return new Set(periods.filter((period) => isActiveOn(period, instant)).map((period) => period.iso3));
}

/** The number of formal allies on 31 December of a year (the counting convention of data/README.md). */
export function allyCountAtYearEnd(periods: readonly RelationPeriod[], year: number): number {
  return alliesOn(periods, endOfYear(year)).size;
}

/** Periods still running: today's formal allies. */
export function currentPeriods(periods: readonly RelationPeriod[]): RelationPeriod[] {
  return periods.filter((period) => period.end === null);
}
