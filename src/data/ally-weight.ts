import { buildAllyTimeline } from './ally-timeline.ts';
import type { RelationPeriod } from './dataset.ts';
import { yearOfPartialDate, type PartialDate } from './partial-date.ts';

/**
 * The allies' weight: their share of the world's people and of its output (GDP in current US$),
 * year by year from 1960, from the World Bank's series (data/world-bank.csv). Computed when the
 * data is read, at build time: the page gets a few numbers a year, not the series.
 */

/** One value of the series: a state's (or the world's, `WLD`) population and GDP in a year. */
export interface SeriesValue {
  code: string;
  year: number;
  population: number | null;
  gdp: number | null;
}

/** A share of the world, the series' year it was read in, and the allies it leaves out for want of a value. */
export interface WeightShare {
  /** Between 0 and 1. */
  share: number;
  /** The series' year: the year itself, or the series' last year for the years after it. */
  dataYear: number;
  /** Codes of allies that year with no value in the series (the Holy See; South Vietnam; GDP before a series starts). */
  missing: string[];
}

export interface AllyWeight {
  year: number;
  population: WeightShare | null;
  gdp: WeightShare | null;
}

/** The first year of the series. */
export const WEIGHT_FIRST_YEAR = 1960;
const WORLD = 'WLD';
type Measure = 'population' | 'gdp';

/**
 * The allies' weight for each year from 1960 to the later of the series' last year and the
 * relations' as-of year (later years read on the as-of date have the same allies). The allies are
 * those of the timeline's reading day (31 December, or the as-of date).
 */
export function allyWeights(relations: readonly RelationPeriod[], series: readonly SeriesValue[], asOf: PartialDate): AllyWeight[] {
  const valueOf = new Map(series.map((value) => [`${value.code} ${value.year}`, value]));
  const lastYearOf = (measure: Measure) => Math.max(...series.filter((value) => value.code === WORLD && value[measure] !== null).map((value) => value.year));
  const lastYear = Math.max(yearOfPartialDate(asOf), lastYearOf('population'));
  const timeline = buildAllyTimeline(relations, { lastYear, asOf, firstYear: WEIGHT_FIRST_YEAR });
  const shareOf = (allies: readonly string[], year: number, measure: Measure): WeightShare | null => {
    const dataYear = Math.min(year, lastYearOf(measure));
    const world = valueOf.get(`${WORLD} ${dataYear}`)?.[measure];
    if (!world) return null;
    let sum = 0;
    const missing: string[] = [];
    for (const code of allies) {
      const value = valueOf.get(`${code} ${dataYear}`)?.[measure];
      if (value) sum += value;
      else missing.push(code);
    }
    return { share: sum / world, dataYear, missing };
  };
  return timeline.years.map(({ year, allies }) => ({ year, population: shareOf(allies, year, 'population'), gdp: shareOf(allies, year, 'gdp') }));
}

/** A year's weight; null before the series begin. Years after the last computed read the last. */
export function allyWeightIn(weights: readonly AllyWeight[], year: number): AllyWeight | null {
  if (weights.length === 0 || year < weights[0].year) return null;
  return weights[Math.min(year - weights[0].year, weights.length - 1)];
}
