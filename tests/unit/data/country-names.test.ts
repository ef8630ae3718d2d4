import { describe, expect, it } from 'vitest';
import { nameMismatches, readMapCountries } from '../../../scripts/map-countries.ts';
import { WORLD_OUTPUT_PATH } from '../../../scripts/build-geometry.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const dataset = readDataset();
const mapCountries = readMapCountries(WORLD_OUTPUT_PATH);
const nameOf = new Map(dataset.names.map((row) => [row.iso3, row.name]));

describe('data/country-names.csv', () => {
  it('names every code on the map in English and Chinese, and nothing else', () => {
    expect(nameMismatches(dataset, mapCountries)).toEqual({ unnamed: [], notOnMap: [] });
    for (const [iso3] of mapCountries) {
      expect(nameOf.get(iso3)?.en, iso3).toMatch(/\S/);
      expect(nameOf.get(iso3)?.['zh-TW'], iso3).toMatch(/\p{Script=Han}/u);
    }
  });

  it('gives every country its own Chinese name (no two codes share one)', () => {
    const byChinese = new Map<string, string[]>();
    for (const row of dataset.names) byChinese.set(row.name['zh-TW'], [...(byChinese.get(row.name['zh-TW']) ?? []), row.iso3]);
    expect([...byChinese].filter(([, codes]) => codes.length > 1)).toEqual([]);
  });

  it('uses Taiwan’s names where they differ from CLDR’s: 教廷, 臺灣, 香港, 澳門', () => {
    expect(['VAT', 'TWN', 'HKG', 'MAC'].map((iso3) => nameOf.get(iso3)?.['zh-TW'])).toEqual(['教廷', '臺灣', '香港', '澳門']);
  });
});

describe('the Chinese names of periods in data/diplomatic-relations.csv', () => {
  it('are the country’s own, except where the period’s English name is a historical one', () => {
    const historical = dataset.relations.filter((period) => nameOf.get(period.iso3)?.['zh-TW'] !== period.name['zh-TW']);
    expect(historical.map((period) => `${period.iso3} ${period.name.en} ${period.name['zh-TW']}`).sort()).toEqual([
      'CSK Czechoslovakia 捷克斯洛伐克',
      'LKA Ceylon 錫蘭',
      'MLI Mali Federation 馬利聯邦',
      'SUN Soviet Union 蘇聯',
      'VNM South Vietnam 越南共和國',
    ]);
  });
});
