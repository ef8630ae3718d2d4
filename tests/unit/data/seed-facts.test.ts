import { describe, expect, it } from 'vitest';
import { buildCountryProfiles, countByLayer } from '../../../src/data/country-profiles.ts';
import { endOfYear, startOfPartialDate } from '../../../src/data/partial-date.ts';
import { allyCountAtYearEnd, alliesOn, currentPeriods } from '../../../src/data/relations.ts';
import { WORLD_OUTPUT_PATH } from '../../../scripts/build-geometry.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';
import { readMapCountries, unjoinedCodes } from '../../../scripts/map-countries.ts';

const dataset = readDataset();
const { relations } = dataset;
const profiles = buildCountryProfiles(dataset);
const periodOf = (iso3: string) => relations.find((period) => period.iso3 === iso3 && period.end === null);
const countOn = (date: string) => alliesOn(relations, startOfPartialDate(date)).size;

describe('the data holds the seeds’ facts', () => {
  it('has the 12 current allies, by name', () => {
    expect(currentPeriods(relations).map((period) => period.name.en).sort()).toEqual([
      'Belize',
      'Eswatini',
      'Guatemala',
      'Haiti',
      'Holy See',
      'Marshall Islands',
      'Palau',
      'Paraguay',
      'Saint Kitts and Nevis',
      'Saint Lucia',
      'Saint Vincent and the Grenadines',
      'Tuvalu',
    ]);
  });

  it('names them in Chinese as Taiwan’s foreign ministry does', () => {
    const chinese = Object.fromEntries(currentPeriods(relations).map((period) => [period.iso3, period.name['zh-TW']]));
    expect(chinese).toEqual({
      BLZ: '貝里斯',
      GTM: '瓜地馬拉',
      HTI: '海地',
      PRY: '巴拉圭',
      KNA: '聖克里斯多福及尼維斯',
      LCA: '聖露西亞',
      VCT: '聖文森及格瑞那丁',
      VAT: '教廷',
      SWZ: '史瓦帝尼',
      MHL: '馬紹爾群島',
      PLW: '帛琉',
      TUV: '吐瓦魯',
    });
  });

  it('splits them 7 in Latin America and the Caribbean, the Holy See, Eswatini, 3 in the Pacific', () => {
    const current = new Set(currentPeriods(relations).map((period) => period.iso3));
    const latinAmerica = ['BLZ', 'GTM', 'HTI', 'PRY', 'KNA', 'LCA', 'VCT'];
    const pacific = ['MHL', 'PLW', 'TUV'];
    expect([...latinAmerica, 'VAT', 'SWZ', ...pacific].every((iso3) => current.has(iso3))).toBe(true);
    expect(current.size).toBe(latinAmerica.length + 2 + pacific.length);
  });

  it('dates Guatemala from 1933, Paraguay from 1957 and the Holy See from 1942 (83rd anniversary in 2025)', () => {
    expect(periodOf('GTM')?.start.slice(0, 4)).toBe('1933');
    expect(periodOf('PRY')?.start.slice(0, 4)).toBe('1957');
    expect(2025 - Number(periodOf('VAT')?.start.slice(0, 4))).toBe(83);
  });

  it('counts 10 allies lost during the Tsai presidency (2016-05-20 to 2024-05-20)', () => {
    const lost = relations.filter(
      (period) => period.end && startOfPartialDate(period.end) >= startOfPartialDate('2016-05-20') && startOfPartialDate(period.end) < startOfPartialDate('2024-05-20'),
    );
    expect(lost.map((period) => period.iso3).sort()).toEqual(['BFA', 'DOM', 'HND', 'KIR', 'NIC', 'NRU', 'PAN', 'SLB', 'SLV', 'STP']);
  });

  it('has Nauru as an ally 1980–2002 and 2005–2024', () => {
    const nauru = relations.filter((period) => period.iso3 === 'NRU').map((period) => `${period.start.slice(0, 4)}–${period.end?.slice(0, 4)}`);
    expect(nauru).toEqual(expect.arrayContaining(['1980–2002', '2005–2024']));
  });

  it('has 18 New Southbound countries: 10 ASEAN, 6 South Asia, Australia and New Zealand', () => {
    const byGroup = (group: string) => dataset.newSouthbound.filter((member) => member.group === group).map((member) => member.iso3).sort();
    expect(dataset.newSouthbound).toHaveLength(18);
    expect(byGroup('ASEAN')).toHaveLength(10);
    expect(byGroup('South Asia')).toHaveLength(6);
    expect(byGroup('Oceania')).toEqual(['AUS', 'NZL']);
  });

  it('has visa-friendly destinations near the seeds’ 173 (as of 2025-05-12), with dated rows', () => {
    const counts = countByLayer(profiles.values());
    const easyAccess = counts['visa-free'] + counts['visa-arrival'] + counts['visa-online'];
    expect(Math.abs(easyAccess - 173)).toBeLessThanOrEqual(8);
    expect(new Set(dataset.visa.map((entry) => entry.asOf))).toEqual(new Set(['2025-01-12', '2026-09-28']));
  });

  it('marks the like-minded partners the seeds name', () => {
    for (const iso3 of ['AUS', 'CAN', 'IND', 'JPN', 'NZL', 'KOR', 'GBR', 'USA', 'DEU', 'FRA']) {
      expect(profiles.get(iso3)?.likeMinded, iso3).toBeTruthy();
    }
    expect(profiles.get('AUS')?.isPartner).toBe(true);
  });
});

describe('ally counts on 31 December', () => {
  // Year-end counts 1975–2025 from shared/reference/allies-count-by-year.csv, which reproduce every
  // published running total found (shared/reference/README.md, data/README.md).
  const PUBLISHED_FROM_1975 = [
    27, 26, 23, 22, 22, 22, 23, 23, 24, 25, 23, 23, 23, 22, 26, 28, 29, 29, 29, 29, 30, 30, 30, 27, 29, 29, 28, 27, 27, 26, 25,
    24, 24, 23, 23, 23, 23, 23, 22, 22, 22, 21, 20, 17, 15, 15, 14, 14, 13, 12, 12,
  ];

  it('match the published totals for every year from 1975 to 2025', () => {
    const fromData = PUBLISHED_FROM_1975.map((_, index) => allyCountAtYearEnd(relations, 1975 + index));
    expect(fromData).toEqual(PUBLISHED_FROM_1975);
  });

  it('reproduce the published running totals after each loss', () => {
    expect(countOn('1998-11-03')).toBe(26); // after Tonga
    expect(countOn('1999-07-01')).toBe(28); // before Papua New Guinea
    expect(countOn('1999-07-10')).toBe(29); // with Papua New Guinea
    expect(countOn('2003-10-13')).toBe(26); // after Liberia
    expect(countOn('2005-10-26')).toBe(25); // after Senegal
    expect(countOn('2008-01-15')).toBe(23); // after Malawi
    expect(countOn('2013-11-15')).toBe(22); // after the Gambia
    expect(countOn('2016-12-22')).toBe(21); // after São Tomé
    expect(countOn('2017-06-14')).toBe(20); // after Panama
    expect(countOn('2018-08-22')).toBe(17); // after El Salvador
    expect(countOn('2019-09-21')).toBe(15); // after Kiribati
    expect(countOn('2021-12-11')).toBe(14); // after Nicaragua
    expect(countOn('2023-03-27')).toBe(13); // after Honduras
    expect(countOn('2024-01-16')).toBe(12); // after Nauru
  });

  it('match Kao (1988) where the same reference date applies: 23 in 1986, 28 in 1990', () => {
    expect(allyCountAtYearEnd(relations, 1986)).toBe(23);
    expect(allyCountAtYearEnd(relations, 1990)).toBe(28);
    expect(alliesOn(relations, endOfYear(1990)).has('NIC')).toBe(true);
  });
});

describe('joins', () => {
  it('every code in data/ joins to a shape or marker on the map', () => {
    expect(unjoinedCodes(dataset, readMapCountries(WORLD_OUTPUT_PATH))).toEqual([]);
  });
});
