import { describe, expect, it } from 'vitest';
import type { AllyEvent } from '../../../src/data/ally-timeline.ts';
import { deriveData } from '../../../src/data/derived-data.ts';
import { adjacentEventYear, eventYearsOf } from '../../../src/data/event-years.ts';
import { switchDirection, yearSwitches } from '../../../src/data/year-switches.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const event = (iso3: string, kind: AllyEvent['kind']) => ({ iso3, kind }) as AllyEvent;
/** Four years: a switch in 1950, nothing in 1951, a dissolution in 1952, nothing in 1953. */
const TIMELINE = {
  years: [
    { year: 1950, events: [event('GBR', 'switched')] },
    { year: 1951, events: [] },
    { year: 1952, events: [event('VNM', 'dissolved')] },
    { year: 1953, events: [] },
  ],
} as unknown as Parameters<typeof eventYearsOf>[0];

describe('eventYearsOf(timeline, milestones)', () => {
  it('takes the years with an event of any kind, and the milestones’ years within the timeline, once each, ascending', () => {
    expect(eventYearsOf(TIMELINE, [{ date: '1953-05-20' }, { date: '1950-01-06' }, { date: '1990' }])).toEqual([1950, 1952, 1953]);
  });

  it('gives the real data’s 2008 by its milestone alone (the truce: no switch that year)', () => {
    const { eventYears, timeline } = deriveData(readDataset(), new Date(Date.UTC(2026, 11, 5)));
    expect(eventYears).toContain(2008);
    expect(timeline.years.find((entry) => entry.year === 2008)!.events).toEqual([]);
    expect(eventYears).not.toContain(2009);
  });
});

describe('adjacentEventYear(eventYears, year, direction)', () => {
  const YEARS = [1949, 1971, 1979];

  it('goes to the next year with an event with 1 and the previous one with -1, from a year with or without one', () => {
    expect(adjacentEventYear(YEARS, 1971, 1)).toBe(1979);
    expect(adjacentEventYear(YEARS, 1971, -1)).toBe(1949);
    expect(adjacentEventYear(YEARS, 1975, 1)).toBe(1979);
    expect(adjacentEventYear(YEARS, 1975, -1)).toBe(1971);
  });

  it('gives null past the first or the last', () => {
    expect(adjacentEventYear(YEARS, 1979, 1)).toBeNull();
    expect(adjacentEventYear(YEARS, 1949, -1)).toBeNull();
  });
});

describe('switchDirection(kind) and yearSwitches(timeline)', () => {
  it('counts a start as gained and an end as lost, a dissolution as neither', () => {
    expect(['established', 'restored', 'switched', 'ended', 'dissolved'].map((kind) => switchDirection(kind as AllyEvent['kind']))).toEqual([
      'gained',
      'gained',
      'lost',
      'lost',
      null,
    ]);
  });

  it('lists only the years with a switch, each way', () => {
    expect(yearSwitches(TIMELINE)).toEqual([{ year: 1950, gained: [], lost: [event('GBR', 'switched')] }]);
  });
});
