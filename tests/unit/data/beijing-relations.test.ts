import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../scripts/read-dataset.ts';
import { startOfPartialDate } from '../../../src/data/partial-date.ts';
import { recognitionReader } from '../../../src/data/recognition.ts';

/** Facts about the real Beijing side (data/beijing-relations.csv), read with the Taipei side. */
const dataset = readDataset('data');
const read = recognitionReader(dataset.relations, dataset.beijing);
const on = (day: string) => read(startOfPartialDate(day));

describe('data/beijing-relations.csv', () => {
  it('gives every switch of the Taipei file its other side: a period with Beijing from the day of the switch', () => {
    const switches = dataset.relations.filter((period) => period.endReason === 'switched_to_prc');
    expect(switches).toHaveLength(108);
    for (const period of switches) {
      expect(
        dataset.beijing.some((other) => other.iso3 === period.iso3 && other.start === period.beijing),
        `${period.iso3} ${period.beijing}`,
      ).toBe(true);
    }
  });

  it('counts as the PRC’s own list does on the days it was published: 171 states on 2007-12-28, 172 on 2011-07-31', () => {
    // The ministry's list "中华人民共和国与各国建立外交关系日期简表", as read in copies of those two versions (research notes, issue 18).
    expect(on('2007-12-28').beijing).toHaveLength(171);
    expect(on('2011-07-31').beijing).toHaveLength(172);
  });

  it('has today 183 states with Beijing and the 12 with Taipei, and none with neither', () => {
    const today = on('2026-01-22');
    expect(today.beijing).toHaveLength(183);
    expect(today.neither).toEqual([]);
    expect([...today.byShape.values()].filter((side) => side === 'taipei')).toHaveLength(12);
  });

  it('follows the states that went back and forth: Saint Lucia, Nauru, Liberia, Senegal', () => {
    const side = (iso3: string, day: string) => on(day).byShape.get(iso3);
    expect(['1990-12-31', '2000-12-31', '2010-12-31'].map((day) => side('LCA', day))).toEqual(['taipei', 'beijing', 'taipei']);
    expect(['2003-12-31', '2010-12-31', '2024-12-31'].map((day) => side('NRU', day))).toEqual(['beijing', 'taipei', 'beijing']);
    expect(['1980-12-31', '1995-12-31', '2004-12-31'].map((day) => side('LBR', day))).toEqual(['beijing', 'taipei', 'beijing']);
    // Senegal broke with Taipei in 1964 and recognised Beijing only in 1971: neither in between.
    expect(['1966-12-31', '1972-12-31', '2000-12-31', '2006-12-31'].map((day) => side('SEN', day))).toEqual(['neither', 'beijing', 'taipei', 'beijing']);
  });

  it('draws a state that recognised neither between a break and the next recognition: Mexico at the end of 1971', () => {
    expect(on('1971-12-31').neither).toContain('MEX');
    expect(on('1972-12-31').byShape.get('MEX')).toBe('beijing');
  });
});
