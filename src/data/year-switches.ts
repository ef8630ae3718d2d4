import type { AllyEvent, AllyEventKind, AllyTimeline } from './ally-timeline.ts';

/**
 * Which way an event moved a state: `gained` (relations established or restored), `lost` (ended,
 * by a switch to Beijing or otherwise), or null for a state's dissolution, which is no switch
 * (South Vietnam, 1975). Each period's start and end is one event, so each switch counts once.
 */
export function switchDirection(kind: AllyEventKind): 'gained' | 'lost' | null {
  if (kind === 'established' || kind === 'restored') return 'gained';
  if (kind === 'switched' || kind === 'ended') return 'lost';
  return null;
}

/** A year's switches each way, in date order: the chart's ticks. */
export interface YearSwitches {
  year: number;
  gained: AllyEvent[];
  lost: AllyEvent[];
}

/** The years with a switch either way, first to last. */
export function yearSwitches(timeline: Pick<AllyTimeline, 'years'>): YearSwitches[] {
  return timeline.years.flatMap(({ year, events }) => {
    const gained = events.filter((event) => switchDirection(event.kind) === 'gained');
    const lost = events.filter((event) => switchDirection(event.kind) === 'lost');
    return gained.length + lost.length > 0 ? [{ year, gained, lost }] : [];
  });
}
