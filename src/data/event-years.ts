import type { AllyTimeline } from './ally-timeline.ts';
import type { Milestone } from './dataset.ts';
import { yearOfPartialDate } from './partial-date.ts';

/**
 * The years the year's events list has something for: a period of formal relations began or
 * ended (a dissolution too), or a milestone fell. What `[` and `]` move between. Ascending.
 */
export function eventYearsOf(timeline: Pick<AllyTimeline, 'years'>, milestones: readonly Pick<Milestone, 'date'>[]): number[] {
  const years = new Set(timeline.years.filter((entry) => entry.events.length > 0).map((entry) => entry.year));
  const within = new Set(timeline.years.map((entry) => entry.year));
  for (const milestone of milestones) {
    const year = yearOfPartialDate(milestone.date);
    if (within.has(year)) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

/** The nearest year with an event after `year` (direction 1) or before it (-1); null when there is none that way. */
export function adjacentEventYear(eventYears: readonly number[], year: number, direction: 1 | -1): number | null {
  if (direction === 1) return eventYears.find((candidate) => candidate > year) ?? null;
  return eventYears.findLast((candidate) => candidate < year) ?? null;
}
