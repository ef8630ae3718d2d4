import type { AllyTimeline } from './ally-timeline.ts';

/**
 * The UN M49 geoscheme's five regions (data/regions.csv), in the order the chart stacks them from
 * the bottom and the legend lists them.
 */
export const REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export type Region = (typeof REGIONS)[number];

/** Allies on a year's reading day, by region. */
export type RegionCounts = Record<Region, number>;

/** A year's allies by region, with the year. */
export interface RegionYear {
  year: number;
  counts: RegionCounts;
}

/**
 * Each year's allies counted by region: the chart's stacked series and the year's split. Computed
 * once per data load. Throws on an ally without a region, which the build's check of
 * data/regions.csv rules out.
 */
export function alliesByRegion(timeline: Pick<AllyTimeline, 'years'>, regionOf: ReadonlyMap<string, Region>): RegionYear[] {
  return timeline.years.map(({ year, allies }) => {
    const counts = Object.fromEntries(REGIONS.map((region) => [region, 0])) as RegionCounts;
    for (const iso3 of allies) {
      const region = regionOf.get(iso3);
      if (!region) throw new Error(`alliesByRegion: ${iso3} has no region (data/regions.csv)`);
      counts[region] += 1;
    }
    return { year, counts };
  });
}

/**
 * Stacked bands, bottom to top in REGIONS order: for each region, each year's lower and upper
 * edge (the counts of the regions below it, and those plus its own).
 */
export function stackedRegions(series: readonly RegionYear[]): { region: Region; lower: number[]; upper: number[] }[] {
  const base = series.map(() => 0);
  return REGIONS.map((region) => {
    const lower = [...base];
    series.forEach((entry, index) => (base[index] += entry.counts[region]));
    return { region, lower, upper: [...base] };
  });
}
