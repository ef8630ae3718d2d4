import { describe, expect, it } from 'vitest';
import { buildCountryProfiles } from '../../../src/data/country-profiles.ts';
import { endOfYear, startOfPartialDate } from '../../../src/data/partial-date.ts';
import { alliesOn, currentPeriods } from '../../../src/data/relations.ts';
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

  it('states the ministry’s 173 easy-access places (2025-05-12) beside ours, and the reconciliation explains each place it lists', () => {
    const day = startOfPartialDate('2025-05-12');
    const easy = new Set(['visa_free', 'visa_on_arrival', 'e_visa', 'eta']);
    const countedOn = (entry: (typeof dataset.visa)[number]) => easy.has(entry.regime) && (entry.since === null || startOfPartialDate(entry.since) <= day);
    const ours = dataset.visa.filter(countedOn);
    // Every place the reconciliation lists is counted (or not) on that day as it says.
    const byCode = new Map(dataset.visa.map((entry) => [entry.iso3, entry]));
    for (const place of dataset.visaReconciliation) {
      const entry = byCode.get(place.iso3);
      if (place.counted_by_us === 'not_on_map') expect(entry, place.iso3).toBeUndefined();
      else expect(entry && countedOn(entry) ? 'yes' : 'no', place.iso3).toBe(place.counted_by_us);
    }
    // The gap is no wider than the places the reconciliation lists on either side.
    const oursOnly = dataset.visaReconciliation.filter((place) => place.counted_by_us === 'yes' && place.counted_by_ministry !== 'yes').length;
    const theirsOnly = dataset.visaReconciliation.filter((place) => place.counted_by_us !== 'yes' && place.counted_by_ministry !== 'no').length;
    expect(ours.length - 173).toBeLessThanOrEqual(oursOnly);
    expect(173 - ours.length).toBeLessThanOrEqual(theirsOnly);
    // Philippines: visa-free only from 2025-07-01, so counted today but not on the ministry's date.
    expect(ours.map((entry) => entry.iso3)).not.toContain('PHL');
    expect(byCode.get('PHL')).toMatchObject({ regime: 'visa_free', since: '2025-07-01' });
  });

  it('gives every place on the map (Taiwan aside) a visa row, "unknown" where no source says', () => {
    const codes = dataset.names.map((row) => row.iso3).filter((iso3) => iso3 !== 'TWN');
    expect(codes.filter((iso3) => !dataset.visa.some((entry) => entry.iso3 === iso3))).toEqual([]);
    for (const entry of dataset.visa.filter((row) => row.regime === 'unknown')) expect(entry.notes, entry.iso3).not.toBe('');
  });

  it('marks the like-minded partners the seeds name', () => {
    for (const iso3 of ['AUS', 'CAN', 'IND', 'JPN', 'NZL', 'KOR', 'GBR', 'USA', 'DEU', 'FRA']) {
      expect(profiles.get(iso3)?.likeMinded, iso3).toBeTruthy();
    }
    expect(profiles.get('AUS')?.isPartner).toBe(true);
  });
});

describe('ally counts against the counts others publish (data/published-counts.csv)', () => {
  const countFor = (entry: (typeof dataset.publishedCounts)[number]) => alliesOn(relations, entry.countDate ? startOfPartialDate(entry.countDate) : endOfYear(entry.year)).size;
  /** Every count the data gives on some day of a year. */
  const countsDuring = (year: number) => {
    const counts = new Set<number>();
    for (let day = startOfPartialDate(`${year}-01-01`); day <= endOfYear(year); day += 86_400_000) counts.add(alliesOn(relations, day).size);
    return counts;
  };

  it('reproduces every published total from 1977 on: on its day, or on some day of its year where the publisher gives none', () => {
    const recent = dataset.publishedCounts.filter((entry) => entry.year >= 1977);
    expect(recent.length).toBeGreaterThanOrEqual(20);
    for (const entry of recent) {
      const label = `${entry.publisher} ${entry.year}: ${entry.count}`;
      if (entry.countDate) expect(countFor(entry), label).toBe(entry.count);
      else expect([...countsDuring(entry.year)], label).toContain(entry.count);
    }
  });

  it('explains, in both languages, every published count that differs from ours on its day, and only those', () => {
    for (const entry of dataset.publishedCounts) {
      const differs = countFor(entry) !== entry.count;
      const label = `${entry.publisher} ${entry.year}: theirs ${entry.count}, ours ${countFor(entry)}`;
      expect(entry.explanation.en !== '', label).toBe(differs);
      expect(entry.explanation['zh-TW'] !== '', label).toBe(differs);
    }
  });

  it('compares counts from at least six publishers, before and after 1977', () => {
    expect(new Set(dataset.publishedCounts.map((entry) => entry.publisher)).size).toBeGreaterThanOrEqual(6);
    expect(dataset.publishedCounts.some((entry) => entry.year < 1977)).toBe(true);
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

});

describe('joins', () => {
  it('every code in data/ joins to a shape or marker on the map', () => {
    expect(unjoinedCodes(dataset, readMapCountries(WORLD_OUTPUT_PATH))).toEqual([]);
  });
});
