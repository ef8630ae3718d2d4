import { describe, expect, it } from 'vitest';
import { buildSearchEntries, MATCH_RANKS, normalizeForSearch, searchCountries } from '../../../src/state/country-search.ts';
import type { Locale } from '../../../src/i18n/locale.ts';
import { dataset } from '../../fixtures/small-data/small-dataset.ts';

const entries = buildSearchEntries(dataset.names, dataset.relations);
const find = (query: string, locale: Locale = 'en', limit = 8) => searchCountries(entries, query, { locale, limit }).map((match) => match.entry.iso3);

describe('searchCountries', () => {
  it('finds a country by a prefix or part of its English name, in any letter case', () => {
    expect(find('para')).toEqual(['PRY']);
    expect(find('PARAG')).toEqual(['PRY']);
    expect(find('guay')).toEqual(['PRY']);
    expect(find('hon')).toEqual(['HND']);
  });

  it('finds a country by its Chinese name, whole or in part, and reads 台 as 臺', () => {
    expect(find('巴拉')).toEqual(['PRY']);
    expect(find('教廷')).toEqual(['VAT']);
    expect(find('拉圭')).toEqual(['PRY']);
    expect(find('台灣')).toEqual(['TWN']);
  });

  it('puts an exact ISO code (alpha-3 or alpha-2, any case, full-width too) first', () => {
    expect(find('PRY')).toEqual(['PRY']);
    expect(find('py')).toEqual(['PRY']);
    expect(find('ＰＹ')).toEqual(['PRY']);
    // "us" is the United States' code, before the names that contain it.
    expect(find('us')).toEqual(['USA', 'AUS', 'RUS']);
    expect(searchCountries(entries, 'us', { locale: 'en' })[0].rank).toBe(MATCH_RANKS.code);
  });

  it('ignores accents and punctuation: "cote" and "cote divoire" find Côte d’Ivoire', () => {
    expect(find('cote')).toEqual(['CIV']);
    expect(find('cote divoire')).toEqual(['CIV']);
    expect(find('Côte d’Ivoire')).toEqual(['CIV']);
    expect(normalizeForSearch('Guinea-Bissau')).toBe('guinea bissau');
  });

  it('ranks names that start with the query before names that only contain it', () => {
    expect(find('guinea')).toEqual(['GIN', 'GNB', 'PNG']);
    // Papua New Guinea and Paraguay start with "pa"; Japan only contains it.
    expect(find('pa')).toEqual(['PNG', 'PRY', 'JPN']);
    const ranks = searchCountries(entries, 'a', { locale: 'en', limit: 300 }).map((match) => match.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('reads "St" as "Saint" and "&" as "and"', () => {
    expect(find('st kitts')).toEqual(['KNA']);
    expect(find('st kitts & nevis')).toEqual(['KNA']);
  });

  it('finds a country by a name the relations record uses, and says which', () => {
    const [soviet] = searchCountries(entries, 'soviet', { locale: 'en' });
    expect(soviet.entry.iso3).toBe('RUS');
    expect(soviet.historicalName).toBe('Soviet Union');
    expect(searchCountries(entries, '蘇聯', { locale: 'zh-TW' })[0].historicalName).toBe('蘇聯');
    expect(searchCountries(entries, 'russia', { locale: 'en' })[0].historicalName).toBeNull();
  });

  it('finds both shapes a former state is drawn with by its name (Czechoslovakia: Czechia and Slovakia)', () => {
    expect(find('czechoslovakia')).toEqual(['CZE', 'SVK']);
    expect(find('捷克斯洛伐克', 'zh-TW')).toEqual(['CZE', 'SVK']);
  });

  it('returns at most `limit` matches, none for an empty query, ordered by name in the chosen language', () => {
    expect(find('a', 'en', 5)).toHaveLength(5);
    expect(find('   ')).toEqual([]);
    expect(find('xyzzy')).toEqual([]);
    const zh = searchCountries(entries, '亞', { locale: 'zh-TW', limit: 300 }).map((match) => match.entry.name['zh-TW']);
    // By strokes: 巴 4, 甘 5, 馬 10, 幾 12.
    expect(zh).toEqual(['巴布亞紐幾內亞', '甘比亞', '馬來西亞', '幾內亞', '幾內亞比索']);
  });
});

describe('buildSearchEntries', () => {
  it('has one entry per named map code, with ISO alpha-2 codes', () => {
    expect(entries).toHaveLength(dataset.names.length);
    expect(entries.find((entry) => entry.iso3 === 'PRY')).toMatchObject({ iso2: 'PY', name: { en: 'Paraguay', 'zh-TW': '巴拉圭' } });
  });

  it('keeps the other names of the relations record on the shapes they are drawn with', () => {
    const czechoslovakia = { en: 'Czechoslovakia', 'zh-TW': '捷克斯洛伐克' };
    expect(entries.filter((entry) => entry.historicalNames.length > 0).map((entry) => [entry.iso3, entry.historicalNames])).toEqual([
      ['CZE', [czechoslovakia]],
      ['RUS', [{ en: 'Soviet Union', 'zh-TW': '蘇聯' }]],
      ['SVK', [czechoslovakia]],
    ]);
  });

  it('does not keep a spelling variant of the current name as an old name (the record’s Gambia for The Gambia)', () => {
    expect(dataset.relations.filter((period) => period.iso3 === 'GMB').map((period) => period.name.en)).toEqual(['Gambia', 'Gambia']);
    expect(entries.find((entry) => entry.iso3 === 'GMB')?.historicalNames).toEqual([]);
    expect(searchCountries(entries, 'gambia', { locale: 'en' })[0]).toMatchObject({ entry: { iso3: 'GMB' }, historicalName: null });
  });
});
