import { collatorFor } from './collator.ts';
import type { BeijingPeriod, Citation, RelationPeriod } from './dataset.ts';
import { shapeCodesFor } from './historical-entities.ts';
import { endOfYear, startOfPartialDate, yearOfPartialDate as yearOf, type PartialDate } from './partial-date.ts';
import { recognitionReader, type RecognitionOnDay } from './recognition.ts';
import { alliesOn } from './relations.ts';
import { FIRST_YEAR } from './year-range.ts';
import type { Localized } from '../i18n/locale.ts';

/**
 * The year-by-year story of Taiwan's formal allies, computed once per data load so that a slider
 * step or a playback frame only looks a year up. A year's state is read on 31 December
 * (data/README.md); for a year that reaches past the data's as-of date, on that date instead.
 */

/**
 * A country's standing in a year: `ally` (an ally on the reading day and the year before),
 * `gained` (an ally on the reading day, not a year before), `lost` (an ally at some point since the
 * previous reading day, not on this one), `former` (relations before, none now).
 */
export type AllyStatus = 'ally' | 'gained' | 'lost' | 'former';
export const ALLY_STATUSES = ['ally', 'gained', 'lost', 'former'] as const satisfies readonly AllyStatus[];

/** What happened: a period's start (first or again) or its end, by the data's end reason. */
export type AllyEventKind = 'established' | 'restored' | 'switched' | 'dissolved' | 'ended';

/** One dated change in relations, with the source of the period it starts or ends. */
export interface AllyEvent {
  date: PartialDate;
  /** Data code (SUN, CSK are historical states; see historical-entities.ts). */
  iso3: string;
  /** The country's name at the time, in both languages. */
  name: Localized;
  kind: AllyEventKind;
  /** What the period's dates rest on. */
  sources: Citation[];
  /** For a switch: the day relations with Beijing were established (may differ from the date). */
  beijing: PartialDate | null;
  /** Part of a period that began and ended in the same year, so it never reached a 31 December. */
  brief: boolean;
}

/** The state of one year and the changes that led to it. */
export interface TimelineYear {
  year: number;
  /** When the state is read (ms UTC): 31 December, or the as-of date if that comes first. */
  readOn: number;
  /** True when the year is read on the as-of date rather than on 31 December. */
  readOnAsOf: boolean;
  /** Data codes of the allies on the reading day, by name. */
  allies: string[];
  gained: string[];
  lost: string[];
  former: string[];
  events: AllyEvent[];
  /** The status of every map shape with any relations by then (historical states on their successors). */
  statusByShape: ReadonlyMap<string, AllyStatus>;
  /** Whom each state and shape recognises on the reading day: Taipei, Beijing or neither (recognition.ts). */
  recognition: RecognitionOnDay;
  /** Substantive partners on the reading day: a Taiwan office open (partners.ts) and not an ally. */
  partners: ReadonlySet<string>;
}

/** Every year of the timeline, first to last. */
export interface AllyTimeline {
  firstYear: number;
  lastYear: number;
  /** The date the relations data was last checked (data/dataset-dates.csv). */
  asOf: PartialDate;
  years: TimelineYear[];
  /** Each data code's name at the time of its latest period (Soviet Union, South Vietnam), in both languages. */
  names: ReadonlyMap<string, Localized>;
}

const START_EVENT = (isFirst: boolean): AllyEventKind => (isFirst ? 'established' : 'restored');
const END_EVENT: Record<NonNullable<RelationPeriod['endReason']>, AllyEventKind> = {
  switched_to_prc: 'switched',
  state_dissolved: 'dissolved',
  other: 'ended',
};
/** The statuses of an ally on the reading day, which is then no substantive partner. */
const ALLIED: ReadonlySet<AllyStatus | undefined> = new Set(['ally', 'gained']);
/** When two data codes share a shape, the stronger status shows. */
const STATUS_RANK: Record<AllyStatus, number> = { ally: 3, gained: 4, lost: 2, former: 1 };
/** The order of English names, for the years' lists and each year's events. */
const ENGLISH_NAMES = collatorFor('en');

function eventsByYear(periods: readonly RelationPeriod[]): Map<number, AllyEvent[]> {
  const byYear = new Map<number, AllyEvent[]>();
  const add = (event: AllyEvent) => {
    const year = yearOf(event.date);
    byYear.set(year, [...(byYear.get(year) ?? []), event]);
  };
  for (const period of periods) {
    const earlier = periods.some((other) => other.iso3 === period.iso3 && startOfPartialDate(other.start) < startOfPartialDate(period.start));
    const brief = period.end !== null && yearOf(period.start) === yearOf(period.end);
    const common = { iso3: period.iso3, name: period.name, sources: period.sources, brief };
    // A period already running in 1949 from an unknown day has no start to tell.
    if (period.startKnown) add({ ...common, date: period.start, kind: START_EVENT(!earlier), beijing: null });
    if (period.end && period.endReason) add({ ...common, date: period.end, kind: END_EVENT[period.endReason], beijing: period.beijing });
  }
  for (const events of byYear.values()) {
    events.sort((a, b) => startOfPartialDate(a.date) - startOfPartialDate(b.date) || ENGLISH_NAMES.compare(a.name.en, b.name.en));
  }
  return byYear;
}

/** Codes with a period running at some instant in [from, to] (ms UTC). */
function activeBetween(periods: readonly RelationPeriod[], from: number, to: number): Set<string> {
  return new Set(
    periods
      .filter((period) => startOfPartialDate(period.start) <= to && (period.end === null || startOfPartialDate(period.end) > from))
      .map((period) => period.iso3),
  );
}

/**
 * Builds the timeline from the relations periods, and from Beijing's (`beijing`) whom each state
 * recognises. `lastYear` is the current year; `asOf` the date the data was last checked, after
 * which nothing is known (so later years are read on it).
 */
export function buildAllyTimeline(
  periods: readonly RelationPeriod[],
  {
    lastYear,
    asOf,
    firstYear = FIRST_YEAR,
    beijing = [],
    officesOn = () => new Set(),
  }: { lastYear: number; asOf: PartialDate; firstYear?: number; beijing?: readonly BeijingPeriod[]; officesOn?: (instant: number) => ReadonlySet<string> },
): AllyTimeline {
  const asOfInstant = startOfPartialDate(asOf);
  const readOn = (year: number) => Math.min(endOfYear(year), asOfInstant);
  const nameOf = new Map(periods.map((period) => [period.iso3, period.name]));
  // Each code's place in name order, found once: the years' lists are then sorted by number.
  // Comparing names in every year's sorts (78 years, four lists) was about a quarter of the
  // app's start-up derivations (deriveData 24.8 → 18.0 ms in Node), which run before the map is made.
  const rank = new Map(
    [...nameOf.keys()].sort((a, b) => ENGLISH_NAMES.compare(nameOf.get(a)!.en, nameOf.get(b)!.en)).map((iso3, index) => [iso3, index]),
  );
  const byName = (codes: Iterable<string>) => [...codes].sort((a, b) => rank.get(a)! - rank.get(b)!);
  const events = eventsByYear(periods);
  // Read when first asked for (the year shown, or every year for the chart's second line), not
  // all 78 at start-up, which would hold the first frame back.
  const readRecognition = recognitionReader(periods, beijing);
  const years: TimelineYear[] = [];
  let before = alliesOn(periods, readOn(firstYear - 1));
  for (let year = firstYear; year <= lastYear; year++) {
    const instant = readOn(year);
    const previousInstant = readOn(year - 1);
    const allies = alliesOn(periods, instant);
    const lost = [...activeBetween(periods, previousInstant, instant)].filter((iso3) => !allies.has(iso3));
    const everBefore = new Set(periods.filter((period) => startOfPartialDate(period.start) <= instant).map((period) => period.iso3));
    const status = new Map<string, AllyStatus>();
    for (const iso3 of everBefore) status.set(iso3, 'former');
    for (const iso3 of lost) status.set(iso3, 'lost');
    for (const iso3 of allies) status.set(iso3, before.has(iso3) ? 'ally' : 'gained');
    const statusByShape = new Map<string, AllyStatus>();
    for (const [iso3, value] of status) {
      for (const shape of shapeCodesFor(iso3)) {
        const existing = statusByShape.get(shape);
        if (!existing || STATUS_RANK[value] > STATUS_RANK[existing]) statusByShape.set(shape, value);
      }
    }
    let recognition: RecognitionOnDay | undefined;
    let partners: ReadonlySet<string> | undefined;
    years.push({
      year,
      readOn: instant,
      readOnAsOf: instant < endOfYear(year),
      allies: byName(allies),
      gained: byName([...allies].filter((iso3) => !before.has(iso3))),
      lost: byName(lost),
      former: byName([...status].filter(([, value]) => value === 'former').map(([iso3]) => iso3)),
      events: events.get(year) ?? [],
      statusByShape,
      get recognition() {
        return (recognition ??= readRecognition(instant));
      },
      get partners() {
        return (partners ??= new Set([...officesOn(instant)].filter((iso3) => !ALLIED.has(statusByShape.get(iso3)))));
      },
    });
    before = allies;
  }
  return { firstYear, lastYear, asOf, years, names: nameOf };
}

/** A year's entry; years outside the timeline are clamped to its ends. */
export function timelineYear(timeline: AllyTimeline, year: number): TimelineYear {
  const index = Math.min(Math.max(Math.round(year) - timeline.firstYear, 0), timeline.years.length - 1);
  return timeline.years[index];
}

/** The year a timeline should end on: the current year, or the as-of year if the clock is behind it. */
export function lastTimelineYear(asOf: PartialDate, now: Date): number {
  return Math.max(now.getUTCFullYear(), yearOf(asOf));
}
