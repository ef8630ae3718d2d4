import { describe, expect, it } from 'vitest';
import { switchesOf, switchOn } from '../../../src/data/switches.ts';
import { dataset } from '../../fixtures/small-data/small-dataset.ts';

const own = (iso3: string) => [dataset.relations.filter((row) => row.iso3 === iso3), dataset.beijing.filter((row) => row.iso3 === iso3)] as const;
const summary = (iso3: string) => switchesOf(...own(iso3)).map(({ direction, taipeiDate, beijingDate, gapDays }) => [direction, taipeiDate, beijingDate, gapDays]);

describe('switchesOf(periods, beijing): both sides of every switch', () => {
  it('gives Nauru’s four switches in order, Beijing’s side and the days between', () => {
    expect(summary('NRU')).toEqual([
      ['to_taipei', '1980-05-04', null, null],
      ['from_taipei', '2002-07-21', '2002-07-21', 0],
      ['to_taipei', '2005-05-14', '2005-05-14', 0],
      ['from_taipei', '2024-01-15', '2024-01-24', 9],
    ]);
  });

  it('counts the years the Gambia recognised neither side (2013 to 2016)', () => {
    expect(summary('GMB').at(-1)).toEqual(['from_taipei', '2013-11-14', '2016-03-17', 854]);
  });

  it('leaves out a start before the PRC was proclaimed, which was no switch (the United States, 1913)', () => {
    expect(summary('USA')).toEqual([['from_taipei', '1979-01-01', '1979-01-01', 0]]);
  });

  it('finds one switch by its day on Taipei’s side, and none on another day', () => {
    expect(switchOn(dataset.relations, dataset.beijing, 'NRU', '2024-01-15')?.gapDays).toBe(9);
    expect(switchOn(dataset.relations, dataset.beijing, 'NRU', '2024-01-16')).toBeUndefined();
  });
});
