import { describe, expect, it } from 'vitest';
import { buildSearchEntries, MATCH_RANKS, normalizeForSearch, searchCountries } from '../../../src/state/country-search.ts';
import type { Locale } from '../../../src/i18n/locale.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const dataset = readDataset();
const entries = buildSearchEntries(dataset.names, dataset.relations);
const find = (query: string, locale: Locale = 'en', limit = 8) => searchCountries(entries, query, { locale, limit }).map((match) => match.entry.iso3);

describe('searchCountries', () => {
  it('finds a country by a prefix or part of its English name, in any letter case', () => {
    expect(find('tuv')[0]).toBe('TUV');
    expect(find('Tuva')).toEqual(['TUV']);
    expect(find('PARAG')).toEqual(['PRY']);
    expect(find('valu')).toEqual(['TUV']);
  });

  it('finds a country by its Chinese name, whole or in part, and reads 台 as 臺', () => {
    expect(find('吐瓦')).toEqual(['TUV']);
    expect(find('教廷')).toEqual(['VAT']);
    expect(find('瓦魯')).toEqual(['TUV']);
    expect(find('台灣')).toEqual(['TWN']);
  });

  it('puts an exact ISO code (alpha-3 or alpha-2, any case, full-width too) first', () => {
    expect(find('TUV')[0]).toBe('TUV');
    expect(find('TV')[0]).toBe('TUV');
    expect(find('ＴＶ')[0]).toBe('TUV');
    // "ch" is Switzerland's code, before the names that start with it.
    expect(find('ch').slice(0, 5)).toEqual(['CHE', 'TCD', 'CHL', 'CHN', 'CZE']);
    expect(searchCountries(entries, 'tv', { locale: 'en' })[0].rank).toBe(MATCH_RANKS.code);
  });

  it('ignores accents and punctuation: "cote" and "cote divoire" find Côte d’Ivoire', () => {
    expect(find('cote')).toEqual(['CIV']);
    expect(find('cote divoire')).toEqual(['CIV']);
    expect(find('Côte d’Ivoire')).toEqual(['CIV']);
    expect(normalizeForSearch('Guinea-Bissau')).toBe('guinea bissau');
  });

  it('ranks names that start with the query before names that only contain it', () => {
    const guinea = find('guinea');
    expect(guinea.slice(0, 2)).toEqual(['GIN', 'GNB']);
    expect(guinea.indexOf('PNG')).toBeGreaterThan(guinea.indexOf('GNB'));
    const ma = searchCountries(entries, 'ma', { locale: 'en', limit: 300 });
    const ranks = ma.map((match) => match.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const iso3 = ma.map((match) => match.entry.iso3);
    // Madagascar starts with "ma", the Marshall Islands too; Guatemala only contains it.
    expect(iso3.indexOf('GTM')).toBeGreaterThan(iso3.indexOf('MDG'));
    expect(iso3.indexOf('GTM')).toBeGreaterThan(iso3.indexOf('MHL'));
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
    expect(find('czechoslovakia')).toEqual(['CZE', 'SVK']);
    expect(searchCountries(entries, 'russia', { locale: 'en' })[0].historicalName).toBeNull();
  });

  it('returns at most `limit` matches, none for an empty query, ordered by name in the chosen language', () => {
    expect(find('a', 'en', 5)).toHaveLength(5);
    expect(find('   ')).toEqual([]);
    expect(find('xyzzy')).toEqual([]);
    const names = searchCountries(entries, '亞', { locale: 'zh-TW', limit: 300 }).filter((match) => match.rank === MATCH_RANKS.substring);
    const zh = names.map((match) => match.entry.name['zh-TW']);
    expect(zh).toEqual([...zh].sort(new Intl.Collator('zh-TW', { sensitivity: 'base' }).compare));
  });
});

describe('buildSearchEntries', () => {
  it('has one entry per named map code, with ISO alpha-2 codes', () => {
    expect(entries).toHaveLength(dataset.names.length);
    expect(entries.find((entry) => entry.iso3 === 'TUV')).toMatchObject({ iso2: 'TV', name: { en: 'Tuvalu', 'zh-TW': '吐瓦魯' } });
  });

  it('keeps other names of the relations record, not spelling variants of the current one', () => {
    expect(entries.find((entry) => entry.iso3 === 'VNM')?.historicalNames).toEqual([{ en: 'South Vietnam', 'zh-TW': '越南共和國' }]);
    expect(entries.find((entry) => entry.iso3 === 'GMB')?.historicalNames).toEqual([]);
  });
});
