import { timelineYear, type AllyEvent, type AllyTimeline } from './ally-timeline.ts';
import { allyWeightIn, type AllyWeight } from './ally-weight.ts';
import { startOfPartialDate } from './partial-date.ts';
import { REGIONS, type Region, type RegionYear } from './regions.ts';

/**
 * What changed between two years of the allies' story, read on each year's reading day (31
 * December, or the as-of date): who was lost, who was gained, who left and came back, and the
 * counts, weight and regions of both years. The compare view's list and its accessible form.
 */

/**
 * How a country's standing moved from the earlier year to the later one:
 * - `lost`: an ally then, not now;
 * - `gained`: an ally now, never one before the earlier year;
 * - `restored`: an ally now, not then, but an ally some time before the earlier year;
 * - `returned`: an ally at both ends, with a break between (Nauru, 1990 vs. 2010);
 * - `between`: an ally only between the two years (Nauru, 1971 vs. 2025).
 */
export type CompareChangeKind = 'lost' | 'gained' | 'restored' | 'returned' | 'between';
export const COMPARE_CHANGE_KINDS = ['lost', 'gained', 'restored', 'returned', 'between'] as const satisfies readonly CompareChangeKind[];

/** One country whose standing changed, with every dated change between the two years. */
export interface CompareChange {
  iso3: string;
  kind: CompareChangeKind;
  /** The relations' starts and ends after the earlier reading day, up to the later one, in date order. */
  events: AllyEvent[];
}

/** One year's side of the comparison. */
export interface CompareSide {
  year: number;
  allies: number;
  /** Shares of the world's people and GDP (ally-weight.ts); null before 1960 or without figures. */
  weight: AllyWeight | null;
  regions: Record<Region, number>;
}

export interface YearComparison {
  /** The earlier year. */
  then: CompareSide;
  /** The later year. */
  now: CompareSide;
  /** By kind (COMPARE_CHANGE_KINDS order), then as the timeline lists names. */
  changes: CompareChange[];
}

/** Orders two years: the comparison always reads from the earlier to the later. */
export const orderedYears = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);

export interface CompareSources {
  timeline: AllyTimeline;
  weights: readonly AllyWeight[];
  regionYears: readonly RegionYear[];
}

function sideOf({ timeline, weights, regionYears }: CompareSources, year: number): CompareSide {
  const entry = timelineYear(timeline, year);
  const regions = regionYears.find((row) => row.year === entry.year)?.counts ?? Object.fromEntries(REGIONS.map((region) => [region, 0]));
  return { year: entry.year, allies: entry.allies.length, weight: allyWeightIn(weights, entry.year), regions: regions as Record<Region, number> };
}

/** Compares two years (in either order) of the timeline. */
export function compareYears(sources: CompareSources, a: number, b: number): YearComparison {
  const { timeline } = sources;
  const [earlier, later] = orderedYears(a, b);
  const then = timelineYear(timeline, earlier);
  const now = timelineYear(timeline, later);
  const eventsBetween = new Map<string, AllyEvent[]>();
  for (const entry of timeline.years) {
    if (entry.year < then.year || entry.year > now.year) continue;
    for (const event of entry.events) {
      const instant = startOfPartialDate(event.date);
      if (instant <= then.readOn || instant > now.readOn) continue;
      eventsBetween.set(event.iso3, [...(eventsBetween.get(event.iso3) ?? []), event]);
    }
  }
  const alliesThen = new Set(then.allies);
  const alliesNow = new Set(now.allies);
  // Allies before the earlier year: its former allies and those it lost.
  const before = new Set([...then.former, ...then.lost]);
  const kindOf = (iso3: string): CompareChangeKind | null => {
    const wasAlly = alliesThen.has(iso3);
    const isAlly = alliesNow.has(iso3);
    if (wasAlly && !isAlly) return 'lost';
    if (!wasAlly && isAlly) return before.has(iso3) ? 'restored' : 'gained';
    if (!eventsBetween.has(iso3)) return null;
    return wasAlly ? 'returned' : 'between';
  };
  // The timeline's name order: every code of the story, as the later year lists them.
  const order = [...now.allies, ...now.lost, ...now.former];
  const rank = new Map(order.map((iso3, index) => [iso3, index]));
  const codes = new Set([...alliesThen, ...alliesNow, ...eventsBetween.keys()]);
  const changes = [...codes].flatMap((iso3): CompareChange[] => {
    const kind = kindOf(iso3);
    return kind ? [{ iso3, kind, events: eventsBetween.get(iso3) ?? [] }] : [];
  });
  changes.sort(
    (x, y) =>
      COMPARE_CHANGE_KINDS.indexOf(x.kind) - COMPARE_CHANGE_KINDS.indexOf(y.kind) ||
      (rank.get(x.iso3) ?? Infinity) - (rank.get(y.iso3) ?? Infinity) ||
      x.iso3.localeCompare(y.iso3),
  );
  return { then: sideOf(sources, then.year), now: sideOf(sources, now.year), changes };
}

/** Each region's change in allies, later minus earlier, in REGIONS order. */
export function regionChanges(comparison: YearComparison): { region: Region; then: number; now: number; change: number }[] {
  return REGIONS.map((region) => {
    const then = comparison.then.regions[region];
    const now = comparison.now.regions[region];
    return { region, then, now, change: now - then };
  });
}
