import { describe, expect, it } from 'vitest';
import { buildAllyTimeline, lastTimelineYear, timelineYear } from '../../../src/data/ally-timeline.ts';
import { allyCountAtYearEnd } from '../../../src/data/relations.ts';
import type { RelationPeriod } from '../../../src/data/dataset.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const period = (iso3: string, name: string, start: string, end: string | null, endReason: RelationPeriod['endReason'] = null): RelationPeriod => ({
  iso3,
  name: { en: name, 'zh-TW': `${name}（中文）` },
  start,
  end,
  startKnown: true,
  level: 'diplomatic',
  diplomaticFrom: null,
  endReason: end ? (endReason ?? 'switched_to_prc') : null,
  beijing: end && (endReason ?? 'switched_to_prc') === 'switched_to_prc' ? end : null,
  sources: [{ id: `${iso3.toLowerCase()}-source`, pinpoint: null }],
  confidence: 'high',
  notes: '',
});

/** A small fixed history: a loss, a return, a brief recognition, a historical state and an ally throughout. */
const FIXTURE = [
  period('PRY', 'Paraguay', '1957-07-08', null),
  period('NRU', 'Nauru', '1980-05-04', '2002-07-23'),
  period('NRU', 'Nauru', '2005-05-14', '2024-01-15'),
  period('PNG', 'Papua New Guinea', '1999-07-05', '1999-07-21', 'other'),
  period('SUN', 'Soviet Union', '1924', '1949-10-03'),
  period('CAN', 'Canada', '1941', '1970-10-13'),
];

describe('buildAllyTimeline(periods, {lastYear, asOf})', () => {
  const timeline = buildAllyTimeline(FIXTURE, { lastYear: 2026, asOf: '2025-10' });

  it('has one entry per year from 1949 to the last year', () => {
    expect(timeline.years.map((year) => year.year)).toEqual(Array.from({ length: 2026 - 1949 + 1 }, (_, i) => 1949 + i));
  });

  it('reads 1949 on 31 December: the Soviet Union is lost, drawn on Russia', () => {
    const year = timelineYear(timeline, 1949);
    expect(year.allies).toEqual(['CAN']);
    expect(year.lost).toEqual(['SUN']);
    expect(year.statusByShape.get('RUS')).toBe('lost');
    expect(year.events.map((event) => [event.date, event.iso3, event.kind])).toEqual([['1949-10-03', 'SUN', 'switched']]);
  });

  it('marks a country gained in its first year, retained the next, lost when it leaves, former after', () => {
    expect(timelineYear(timeline, 1980).statusByShape.get('NRU')).toBe('gained');
    expect(timelineYear(timeline, 1980).gained).toEqual(['NRU']);
    expect(timelineYear(timeline, 1981).statusByShape.get('NRU')).toBe('ally');
    expect(timelineYear(timeline, 2002).statusByShape.get('NRU')).toBe('lost');
    expect(timelineYear(timeline, 2003).statusByShape.get('NRU')).toBe('former');
    expect(timelineYear(timeline, 1979).statusByShape.has('NRU')).toBe(false);
  });

  it('calls a return "restored" and counts it as gained', () => {
    const year2005 = timelineYear(timeline, 2005);
    expect(year2005.gained).toEqual(['NRU']);
    expect(year2005.events).toMatchObject([{ iso3: 'NRU', kind: 'restored', date: '2005-05-14' }]);
    expect(timelineYear(timeline, 1980).events).toMatchObject([{ iso3: 'NRU', kind: 'established' }]);
  });

  it('lists a brief recognition that never reaches 31 December as two events and a loss of its year', () => {
    const year1999 = timelineYear(timeline, 1999);
    expect(year1999.allies).not.toContain('PNG');
    expect(year1999.lost).toEqual(['PNG']);
    expect(year1999.events).toMatchObject([
      { iso3: 'PNG', kind: 'established', brief: true, date: '1999-07-05' },
      { iso3: 'PNG', kind: 'ended', brief: true, date: '1999-07-21' },
    ]);
  });

  it('reads the years past the as-of date on that date, with no changes', () => {
    expect(timelineYear(timeline, 2024).readOnAsOf).toBe(false);
    expect(timelineYear(timeline, 2025).readOnAsOf).toBe(true);
    expect(timelineYear(timeline, 2026)).toMatchObject({ readOnAsOf: true, allies: ['PRY'], gained: [], lost: [], events: [] });
  });

  it('clamps years outside the timeline to its ends', () => {
    expect(timelineYear(timeline, 1900).year).toBe(1949);
    expect(timelineYear(timeline, 3000).year).toBe(2026);
  });
});

describe('lastTimelineYear(asOf, now)', () => {
  it('is the current year, or the as-of year when the clock is behind the data', () => {
    expect(lastTimelineYear('2025-10', new Date('2026-11-21T00:00:00Z'))).toBe(2026);
    expect(lastTimelineYear('2025-10', new Date('2020-01-01T00:00:00Z'))).toBe(2025);
  });
});

describe('the timeline of the real data', () => {
  const dataset = readDataset();
  const asOf = dataset.dates.find((row) => row.dataset === 'diplomatic-relations' && row.meaning === 'as_of')!.date;
  const timeline = buildAllyTimeline(dataset.relations, { lastYear: 2026, asOf });
  const count = (year: number) => timelineYear(timeline, year).allies.length;

  it('counts each year’s allies by the counting rule (31 December, the end rule), every year from 1949', () => {
    // The timeline's lists are built for speed; the rule itself is allyCountAtYearEnd's.
    for (let year = 1949; year <= 2025; year++) expect(count(year), String(year)).toBe(allyCountAtYearEnd(dataset.relations, year));
    // The end rule moves Malawi out of 2007: Beijing's relations began 2007-12-28, Taipei's break came 2008-01-14.
    expect(timelineYear(timeline, 2007).lost).toContain('MWI');
  });

  it('ends with the 12 allies of today', () => {
    expect(count(2026)).toBe(12);
    expect(timelineYear(timeline, 2026).readOnAsOf).toBe(true);
  });

  it('loses 10 allies over 2016–2024, Panama in 2017 and Nauru in 2024', () => {
    const lost = timeline.years.filter((year) => year.year >= 2016 && year.year <= 2024).flatMap((year) => year.lost);
    expect(lost.sort()).toEqual(['BFA', 'DOM', 'HND', 'KIR', 'NIC', 'NRU', 'PAN', 'SLB', 'SLV', 'STP']);
    expect(timelineYear(timeline, 2017).lost).toEqual(['PAN']);
    expect(timelineYear(timeline, 2024).lost).toEqual(['NRU']);
  });

  it('tells 1971 as a collapse: more lost than gained, each loss an event of the year', () => {
    const year1971 = timelineYear(timeline, 1971);
    expect(year1971.lost.length).toBeGreaterThan(5);
    expect(count(1971)).toBe(count(1970) - year1971.lost.length + year1971.gained.length);
    const endedIn1971 = new Set(year1971.events.filter((event) => event.kind !== 'established' && event.kind !== 'restored').map((event) => event.iso3));
    for (const iso3 of year1971.lost) expect(endedIn1971.has(iso3), iso3).toBe(true);
  });

  it('shows Papua New Guinea 1999 and Vanuatu 2004 as events of their year', () => {
    expect(timelineYear(timeline, 1999).events.filter((event) => event.iso3 === 'PNG').map((event) => event.kind)).toEqual(['established', 'ended']);
    expect(timelineYear(timeline, 2004).events.filter((event) => event.iso3 === 'VUT').every((event) => event.brief)).toBe(true);
    expect(timelineYear(timeline, 2004).allies).not.toContain('VUT');
  });

  it('lists every year’s allies, gains, losses and former allies in order of their English names', () => {
    const inNameOrder = (codes: readonly string[]) =>
      [...codes].sort((a, b) => timeline.names.get(a)!.en.localeCompare(timeline.names.get(b)!.en, 'en'));
    for (const year of timeline.years) {
      for (const list of [year.allies, year.gained, year.lost, year.former]) expect(list, String(year.year)).toEqual(inNameOrder(list));
    }
    expect(timelineYear(timeline, 2026).allies.slice(0, 2)).toEqual(['BLZ', 'SWZ']);
  });

  it('balances every year: this year’s allies are last year’s, less the lost, plus the gained', () => {
    for (const year of timeline.years.slice(1)) {
      const previous = new Set(timelineYear(timeline, year.year - 1).allies);
      const expected = new Set([...previous].filter((iso3) => !year.lost.includes(iso3)));
      for (const iso3 of year.gained) expected.add(iso3);
      expect(new Set(year.allies), String(year.year)).toEqual(expected);
    }
  });
});
