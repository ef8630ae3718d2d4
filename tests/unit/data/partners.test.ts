import { describe, expect, it } from 'vitest';
import { timelineYear } from '../../../src/data/ally-timeline.ts';
import { buildCountryProfiles } from '../../../src/data/country-profiles.ts';
import { deriveData } from '../../../src/data/derived-data.ts';
import { officeCoverage, officeReader, partnerChanges } from '../../../src/data/partners.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const dataset = readDataset();
const { timeline } = deriveData(dataset, new Date('2026-12-05T00:00:00Z'));
const partnersIn = (year: number) => timelineYear(timeline, year).partners;
const ASOF = '2025-12';

describe('the substantive partners through time (office-history.csv)', () => {
  it('draws an office from its opening to its closing: Norway 1980 to 30 Sep 2017, Kuwait away for the Gulf War', () => {
    expect(partnersIn(1979).has('NOR')).toBe(false);
    expect(partnersIn(2016).has('NOR')).toBe(true);
    expect(partnersIn(2017).has('NOR')).toBe(false);
    expect(partnersIn(1989).has('KWT')).toBe(true);
    expect(partnersIn(1990).has('KWT')).toBe(false);
    expect(partnersIn(1991).has('KWT')).toBe(true);
  });

  it('makes a state a partner only once it is no ally: Japan from December 1972, the United States from 1979, South Korea from 1994', () => {
    expect(partnersIn(1971).has('JPN')).toBe(false);
    expect(partnersIn(1972).has('JPN')).toBe(true);
    expect(partnersIn(1978).has('USA')).toBe(false);
    expect(partnersIn(1979).has('USA')).toBe(true);
    expect(partnersIn(1993).has('KOR')).toBe(false);
    expect(partnersIn(1994).has('KOR')).toBe(true);
  });

  it('draws an office with no dated opening only from the offices’ as-of date (Argentina), and a reopening not dated likewise (Brunei)', () => {
    const read = officeReader(dataset.offices, dataset.officeHistory, ASOF);
    expect(read(Date.UTC(2024, 11, 31)).has('ARG')).toBe(false);
    expect(read(Date.UTC(2025, 11, 1)).has('ARG')).toBe(true);
    expect(read(Date.UTC(2010, 0, 1)).has('BRN')).toBe(false);
    expect(read(Date.UTC(2025, 11, 1)).has('BRN')).toBe(true);
  });

  it('counts today’s 61 offices on the as-of date, no more', () => {
    expect(officeReader(dataset.offices, dataset.officeHistory, ASOF)(Date.UTC(2025, 11, 1)).size).toBe(dataset.offices.length);
  });

  it('says from when the layer is drawn and complete, and which offices have no dated opening', () => {
    expect(officeCoverage(dataset.offices, dataset.officeHistory, ASOF)).toEqual({
      fromYear: 1956,
      completeFrom: 2025,
      undated: ['ARG', 'BHR', 'BRA', 'BRN', 'CHE', 'COL', 'ECU', 'IND', 'ITA', 'MAC', 'NLD', 'RUS'],
    });
  });

  it('tells the map only where a year differs from today: Norway a partner in 2016, Lithuania not yet in 2016', () => {
    const changes = partnerChanges(partnersIn(2016), buildCountryProfiles(dataset));
    expect(changes.get('NOR')).toBe('other');
    expect(changes.get('LTU')).toBe('none');
    expect(changes.has('USA')).toBe(false);
    expect(partnerChanges(partnersIn(2026), buildCountryProfiles(dataset)).size).toBe(0);
  });
});
