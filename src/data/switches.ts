import type { BeijingPeriod, RelationPeriod } from './dataset.ts';
import { daysBetween, startOfPartialDate, type PartialDate } from './partial-date.ts';

/** A change of recognition on Taipei's side: relations began (`to_taipei`) or ended (`from_taipei`). */
export type SwitchDirection = 'to_taipei' | 'from_taipei';

/** The key a switch's dossier is filed under: its country and the day on Taipei's side. */
export const switchKey = (iso3: string, taipeiDate: PartialDate) => `${iso3} ${taipeiDate}`;

/** One switch with both sides' dates: from the two periods files, so it needs no dossier to show. */
export interface Switch {
  iso3: string;
  direction: SwitchDirection;
  taipeiDate: PartialDate;
  /**
   * Beijing's side: the day relations with Beijing began (for an end with Taipei) or ended (for a
   * start); null where Beijing's relations did not change then (a dual recognition, or none at all).
   */
  beijingDate: PartialDate | null;
  /** Days from Taipei's date to Beijing's (negative: Beijing's came first); null unless both are days. */
  gapDays: number | null;
}

/** The day the People's Republic was proclaimed: a start with Taipei before it was no switch between the two. */
const PRC_PROCLAIMED = '1949-10-01';

/** How far from a start with Taipei an end with Beijing may fall and still be the same switch. */
const SAME_SWITCH_DAYS = 400;

/** The end of relations with Beijing that went with a start with Taipei: the nearest, within a year or so. */
function beijingEndNear(start: PartialDate, periods: readonly BeijingPeriod[]): PartialDate | null {
  let best: { date: PartialDate; distance: number } | null = null;
  for (const period of periods) {
    if (period.end === null) continue;
    const distance = Math.abs(startOfPartialDate(period.end) - startOfPartialDate(start)) / 86_400_000;
    if (distance <= SAME_SWITCH_DAYS && (!best || distance < best.distance)) best = { date: period.end, distance };
  }
  return best?.date ?? null;
}

/**
 * A country's switches, oldest first: each known start of a period with Taipei since the PRC was
 * proclaimed (a start before then was no switch between the two), and each end but a dissolution. `beijing` holds
 * the same country's periods with Beijing (its predecessor's included, where the panel shows them).
 */
export function switchesOf(periods: readonly RelationPeriod[], beijing: readonly BeijingPeriod[]): Switch[] {
  const switches: Switch[] = [];
  const make = (iso3: string, direction: SwitchDirection, taipeiDate: PartialDate, beijingDate: PartialDate | null): Switch => ({
    iso3,
    direction,
    taipeiDate,
    beijingDate,
    gapDays: beijingDate === null ? null : daysBetween(taipeiDate, beijingDate),
  });
  for (const period of periods) {
    const withBeijing = beijing.filter((other) => other.iso3 === period.iso3);
    if (period.startKnown && startOfPartialDate(period.start) >= startOfPartialDate(PRC_PROCLAIMED)) {
      switches.push(make(period.iso3, 'to_taipei', period.start, beijingEndNear(period.start, withBeijing)));
    }
    // A state that ceased to exist (South Vietnam) switched nothing.
    if (period.end !== null && period.endReason !== 'state_dissolved') switches.push(make(period.iso3, 'from_taipei', period.end, period.beijing));
  }
  return switches.sort((a, b) => startOfPartialDate(a.taipeiDate) - startOfPartialDate(b.taipeiDate));
}

/** The switch of one country on one day on Taipei's side, if its periods have one. */
export function switchOn(relations: readonly RelationPeriod[], beijing: readonly BeijingPeriod[], iso3: string, taipeiDate: PartialDate): Switch | undefined {
  const own = <T extends { iso3: string }>(rows: readonly T[]) => rows.filter((row) => row.iso3 === iso3);
  return switchesOf(own(relations), own(beijing)).find((change) => change.taipeiDate === taipeiDate);
}
