import type { AllyTimeline } from './ally-timeline.ts';
import type { President } from './dataset.ts';
import { fractionalYear, startOfPartialDate } from './partial-date.ts';
import { switchDirection } from './year-switches.ts';

/** A president's term as the chart draws it, with the allies gained and lost in it. */
export interface Era {
  president: President;
  /** Fractional years, for the chart's x scale. */
  from: number;
  to: number;
  gained: number;
  lost: number;
}

/**
 * Each president's term within the timeline, with the formal relations established or restored
 * (gained) and ended (lost, a state's dissolution aside: switchDirection) between its first and
 * last day. An event dated only to a month or year counts in the term its first day falls in.
 */
export function erasOf(presidents: readonly President[], timeline: AllyTimeline): Era[] {
  const events = timeline.years.flatMap((entry) => entry.events);
  return presidents.map((president) => {
    const start = startOfPartialDate(president.start);
    // The president in office: to the timeline's end.
    const end = president.end === null ? Number.POSITIVE_INFINITY : startOfPartialDate(president.end);
    const within = events.filter((event) => {
      const at = startOfPartialDate(event.date);
      return at >= start && at < end;
    });
    return {
      president,
      from: Math.max(fractionalYear(start), timeline.firstYear),
      to: Number.isFinite(end) ? Math.min(fractionalYear(end), timeline.lastYear + 1) : timeline.lastYear + 1,
      gained: within.filter((event) => switchDirection(event.kind) === 'gained').length,
      lost: within.filter((event) => switchDirection(event.kind) === 'lost').length,
    };
  });
}
