import { describe, expect, it } from 'vitest';
import { allyWeightIn, allyWeights, type SeriesValue } from '../../../src/data/ally-weight.ts';
import { relationPeriod } from '../../fixtures/relation-period.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const period = relationPeriod;
const value = (code: string, year: number, population: number | null, gdp: number | null): SeriesValue => ({ code, year, population, gdp });

describe('allyWeights(relations, series, asOf)', () => {
  const relations = [period('AAA', '1950-01-01', null), period('BBB', '1950-01-01', '1961-06-01'), period('VAT', '1942-07', null)];
  const series = [
    value('WLD', 1960, 1000, 10_000),
    value('WLD', 1961, 1000, null),
    value('AAA', 1960, 10, 200),
    value('AAA', 1961, 20, 300),
    value('BBB', 1960, 40, null),
  ];
  const weights = allyWeights(relations, series, '1962-03-01');

  it('sums the allies of each year’s reading day against the world, and names those the series lacks', () => {
    expect(weights[0]).toEqual({
      year: 1960,
      population: { share: 0.05, dataYear: 1960, missing: ['VAT'] },
      gdp: { share: 0.02, dataYear: 1960, missing: ['BBB', 'VAT'] },
    });
    // BBB left in 1961: not counted; AAA's 1961 value.
    expect(weights[1].population).toEqual({ share: 0.02, dataYear: 1961, missing: ['VAT'] });
  });

  it('reads a year after a series ends on its last year, with that year said, and runs to the as-of year', () => {
    expect(weights.map((weight) => weight.year)).toEqual([1960, 1961, 1962]);
    // The world's GDP ends in 1960: 1961's allies (AAA alone, BBB gone) are read on 1960's values.
    expect(weights[1].gdp).toEqual({ share: 0.02, dataYear: 1960, missing: ['VAT'] });
    expect(weights[2].population?.dataYear).toBe(1961);
  });

  it('gives nothing before 1960, and the last year’s weight after the last computed year', () => {
    expect(allyWeightIn(weights, 1959)).toBeNull();
    expect(allyWeightIn(weights, 1990)).toBe(weights[2]);
  });
});

describe('the allies’ weight in the real data (world-bank.csv)', () => {
  const dataset = readDataset();
  it('puts today’s 12 allies at about half a percent of the world’s people, the Holy See uncounted', () => {
    const today = allyWeightIn(dataset.allyWeight, 2026)!;
    expect(today.population!.share).toBeGreaterThan(0.004);
    expect(today.population!.share).toBeLessThan(0.006);
    expect(today.population!.missing).toEqual(['VAT']);
    expect(today.population!.dataYear).toBe(2024);
  });

  it('never counts today’s Vietnam for South Vietnam', () => {
    expect(allyWeightIn(dataset.allyWeight, 1970)!.population!.missing).toContain('VNM');
    expect(dataset.worldBank.some((row) => row.code === 'VNM' && row.year < 1976)).toBe(false);
  });
});
