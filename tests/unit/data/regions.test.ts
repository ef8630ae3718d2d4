import { describe, expect, it } from 'vitest';
import { deriveData } from '../../../src/data/derived-data.ts';
import { alliesByRegion, REGIONS, stackedRegions, type Region } from '../../../src/data/regions.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const dataset = readDataset();
const { timeline, regionYears } = deriveData(dataset, new Date(Date.UTC(2026, 11, 5)));
const countsIn = (year: number) => regionYears.find((entry) => entry.year === year)!.counts;

describe('data/regions.csv', () => {
  it('puts the historical states where the states they are drawn on are: the Soviet Union and Czechoslovakia in Europe, South Vietnam and Ceylon in Asia', () => {
    const regionOf = new Map(dataset.regions.map((row) => [row.iso3, row.region]));
    expect(['SUN', 'CSK', 'VNM', 'LKA', 'MLI'].map((iso3) => regionOf.get(iso3))).toEqual(['europe', 'europe', 'asia', 'asia', 'africa']);
    // M49 places Turkey and Cyprus in Western Asia, Mexico in Central America.
    expect(['TUR', 'CYP', 'MEX', 'VAT'].map((iso3) => regionOf.get(iso3))).toEqual(['asia', 'asia', 'americas', 'europe']);
  });

  it('cites the UN M49 page for every row, with the sub-region as the pinpoint', () => {
    for (const row of dataset.regions) {
      expect(row.sources, row.iso3).toEqual([{ id: 'un-m49', pinpoint: expect.stringMatching(/^(Africa|Americas|Asia|Europe|Oceania) > /) }]);
      expect(row.sources[0].pinpoint!.toLowerCase(), row.iso3).toMatch(new RegExp(`^${row.region}`));
    }
    expect(dataset.sources.find((source) => source.id === 'un-m49')).toMatchObject({ url: 'https://unstats.un.org/unsd/methodology/m49/', kind: 'official' });
  });
});

describe('alliesByRegion(timeline, regionOf)', () => {
  it('splits today’s twelve allies: the Americas 7, Oceania 3, Africa 1, Europe 1', () => {
    expect(countsIn(2026)).toEqual({ africa: 1, americas: 7, asia: 0, europe: 1, oceania: 3 });
  });

  it('splits the peak of 1969 and the end of 1971', () => {
    expect(countsIn(1969)).toEqual({ africa: 22, americas: 24, asia: 13, europe: 9, oceania: 2 });
    expect(countsIn(1971)).toEqual({ africa: 18, americas: 19, asia: 8, europe: 6, oceania: 2 });
  });

  it('adds up to the year’s count in every year', () => {
    for (const [index, entry] of regionYears.entries()) {
      const sum = REGIONS.reduce((total, region) => total + entry.counts[region], 0);
      expect(sum, String(entry.year)).toBe(timeline.years[index].allies.length);
    }
  });

  it('refuses an ally without a region rather than leave it out of the split', () => {
    expect(() => alliesByRegion({ years: [timeline.years[0]] }, new Map<string, Region>())).toThrow(/has no region/);
  });
});

describe('stackedRegions(series)', () => {
  it('stacks the regions from the bottom in REGIONS order, each band’s lower edge the one below’s upper', () => {
    const series = [
      { year: 2000, counts: { africa: 1, americas: 2, asia: 0, europe: 1, oceania: 3 } },
      { year: 2001, counts: { africa: 0, americas: 2, asia: 1, europe: 0, oceania: 1 } },
    ];
    expect(stackedRegions(series)).toEqual([
      { region: 'africa', lower: [0, 0], upper: [1, 0] },
      { region: 'americas', lower: [1, 0], upper: [3, 2] },
      { region: 'asia', lower: [3, 2], upper: [3, 3] },
      { region: 'europe', lower: [3, 3], upper: [4, 3] },
      { region: 'oceania', lower: [4, 3], upper: [7, 4] },
    ]);
  });
});
