import { describe, expect, it } from 'vitest';
import { timelineYear } from '../../../src/data/ally-timeline.ts';
import { emptyProfile, layersInYear, type CountryProfile } from '../../../src/data/country-profiles.ts';
import { shapeCodesFor } from '../../../src/data/historical-entities.ts';
import { drawableLayers } from '../../../src/data/layer-availability.ts';
import { LAYER_IDS, type LayerId } from '../../../src/data/layers.ts';
import type { Locale } from '../../../src/i18n/locale.ts';
import { relationsText, sortTableRows, tableRows, type TableRowsInput } from '../../../src/state/table-rows.ts';
import { dataset, derived, names } from '../../fixtures/small-data/small-dataset.ts';

const { profiles, timeline, availability } = derived;

/** The input the table view builds for a year, a choice of layers and a language. */
const inputOf = (year: number, layers: readonly LayerId[] = LAYER_IDS, locale: Locale = 'en'): TableRowsInput => ({
  year,
  layers,
  entry: timelineYear(timeline, year),
  profiles,
  names,
  drawable: drawableLayers(year, availability),
  locale,
});
const rowsOf = (year: number, layers?: readonly LayerId[], locale?: Locale) => tableRows(inputOf(year, layers, locale));
const rowOf = (iso3: string, year: number, layers?: readonly LayerId[], locale?: Locale) => rowsOf(year, layers, locale).find((row) => row.iso3 === iso3);
const codes = (rows: { iso3: string }[]) => rows.map((row) => row.iso3).sort();

/** The small data set's allies today. */
const TODAYS_ALLIES = ['GTM', 'PRY', 'VAT'];

describe('tableRows: which countries', () => {
  it('lists today’s allies, and nothing else, when only the ally layer is shown', () => {
    expect(codes(rowsOf(2026, ['ally']))).toEqual(TODAYS_ALLIES);
  });

  it('follows the year: 1949 lists its allies and those lost that year, on their map shapes (the Soviet Union as Russia)', () => {
    expect(codes(rowsOf(1949, ['ally']))).toEqual(['AUS', 'BEL', 'CZE', 'GBR', 'GTM', 'HND', 'IND', 'NOR', 'RUS', 'SVK', 'USA', 'VAT']);
    expect(codes(rowsOf(1972, ['ally']))).toEqual(['AUS', 'GMB', 'GTM', 'HND', 'JPN', 'MYS', 'PRY', 'USA', 'VAT']);
    expect(rowOf('JPN', 1972, ['ally'])?.layers).toEqual(['ally']);
    expect(rowOf('JPN', 1973, ['ally'])).toBeUndefined();
  });

  it('draws Czechoslovakia, lost in 1949, on both of its successors’ shapes (Czechia and Slovakia)', () => {
    const entry = timelineYear(timeline, 1949);
    expect(entry.lost).toContain('CSK');
    for (const shape of ['CZE', 'SVK']) {
      expect(entry.statusByShape.get(shape)).toBe('lost');
      expect(rowOf(shape, 1949, ['ally'])).toMatchObject({
        categories: ['Formal diplomatic ally (lost in 1949)'],
        relations: 'Czechoslovakia 1941–1949',
      });
    }
    const expected = [...new Set([...entry.allies, ...entry.lost].flatMap(shapeCodesFor))].sort();
    expect(codes(rowsOf(1949, ['ally']))).toEqual(expected);
  });

  it('follows the filters: the New Southbound layer alone gives its countries, none before the policy', () => {
    const nsp = rowsOf(2026, ['nsp']);
    expect(codes(nsp)).toEqual(['AUS', 'BTN', 'IND']);
    expect(nsp.every((row) => row.categories.includes('New Southbound Policy'))).toBe(true);
    expect(rowsOf(2015, ['nsp'])).toEqual([]);
    expect(rowsOf(2026, [])).toEqual([]);
  });

  it('agrees with the map: every row is in the layers layersInYear gives, and every coloured country has a row', () => {
    for (const year of [1949, 1971, 2016, 2026]) {
      const entry = timelineYear(timeline, year);
      const drawable = drawableLayers(year, availability);
      const isDrawn = (layer: LayerId) => drawable.has(layer);
      const rows = rowsOf(year);
      const layersOfCountry = (profile: CountryProfile) =>
        layersInYear(profile, entry.statusByShape.get(profile.iso3), isDrawn, entry.recognition.byShape.get(profile.iso3), entry.partners.has(profile.iso3));
      for (const row of rows) expect(row.layers).toEqual(layersOfCountry(profiles.get(row.iso3)!));
      const coloured = [...profiles.values()].filter((profile) => profile.iso3 !== 'TWN' && layersOfCountry(profile).length > 0);
      expect(rows).toHaveLength(coloured.length);
    }
  });

  it('leaves Taiwan out, even were the data to put it in a layer', () => {
    expect(rowsOf(2026).some((row) => row.iso3 === 'TWN')).toBe(false);
    const withHome = new Map(profiles);
    withHome.set('TWN', { ...emptyProfile('TWN'), newSouthbound: { ...dataset.newSouthbound[0], iso3: 'TWN' } });
    expect(tableRows({ ...inputOf(2026, ['nsp']), profiles: withHome }).map((row) => row.iso3)).not.toContain('TWN');
    expect(tableRows({ ...inputOf(2026, ['nsp']), profiles: withHome })).toHaveLength(3);
  });

  it('refuses a timeline entry of another year', () => {
    expect(() => tableRows({ ...inputOf(1971), entry: timelineYear(timeline, 1972) })).toThrow(/1972, not 1971/);
  });
});

describe('tableRows: what a row says', () => {
  it('names the categories as the map draws them, saying when an ally was lost or gained that year', () => {
    // Japan's ties ended in September 1972 and its office (the Association of East Asian Relations) opened in December.
    expect(rowOf('JPN', 1972)?.categories).toEqual(['Formal diplomatic ally (lost in 1972)', 'Recognises Beijing', 'Like-minded partner']);
    expect(rowOf('JPN', 1972, ['former'])?.categories).toEqual(['Former ally (lost in 1972)']);
    expect(rowOf('PRY', 1957)?.categories).toEqual(['Formal diplomatic ally (gained in 1957)']);
    expect(rowOf('JPN', 2026)?.categories).toEqual(['Former ally', 'Recognises Beijing', 'Like-minded partner', 'Visa-free']);
    expect(rowOf('JPN', 1972, undefined, 'zh-TW')?.categories).toEqual(['正式邦交國（1972年斷交）', '承認北京', '理念相近夥伴']);
    // Beijing's side says "neither" for a state between the two, while allies show too: Mexico is not in the small data set, Senegal neither; the United Kingdom in 1952 is.
    expect(rowOf('GBR', 1952, ['ally', 'beijing'])?.categories).toEqual(['Recognises neither']);
    expect(rowOf('GBR', 1952, ['beijing'])).toBeUndefined();
  });

  it('gives every period of formal relations, with a predecessor state’s named', () => {
    expect(rowOf('PRY', 2026)?.relations).toBe('since 1957');
    expect(rowOf('NRU', 2026)?.relations).toBe('1980–2002, 2005–2024');
    expect(rowOf('RUS', 1971)?.relations).toBe('Soviet Union 1932–1949');
    // A period running in 1949 from a day no source gives.
    expect(rowOf('BEL', 1971)?.relations).toBe('before 1949–1971');
    expect(rowOf('BEL', 1971, undefined, 'zh-TW')?.relations).toBe('1949年以前–1971年');
    expect(rowOf('PRY', 2026, undefined, 'zh-TW')?.relations).toBe('1957年起');
    expect(rowOf('NRU', 2026, undefined, 'zh-TW')?.relations).toBe('1980–2002年、2005–2024年');
    expect(relationsText([], 'FRA', 'en')).toBe('');
    // A recognition that began and ended in one year reads as that year, not "1999–1999".
    expect(rowOf('PNG', 1999)?.relations).toBe('1999');
    expect(rowOf('PNG', 1999, undefined, 'zh-TW')?.relations).toBe('1999年');
  });

  it('states visa rules only for years that draw them', () => {
    expect(rowOf('PRY', 2026)?.visa).toBe('Visa-free, up to 90 days');
    expect(rowOf('PRY', 2026, undefined, 'zh-TW')?.visa).toBe('免簽證，最長停留90天');
    expect(rowOf('NRU', 2026)?.visa).toBe('Visa required');
    expect(rowOf('PRY', 1971)?.visa).toBe('');
  });

  it('names countries in the chosen language', () => {
    expect(rowOf('PRY', 2026, ['ally'], 'zh-TW')?.name).toBe('巴拉圭');
    expect(rowOf('VAT', 2026, ['ally'], 'zh-TW')?.name).toBe('教廷');
    expect(rowOf('VAT', 2026, ['ally'], 'en')?.name).toBe('Holy See');
  });
});

describe('sortTableRows', () => {
  const rows = rowsOf(2026);

  it('sorts names with the language’s collation, either way', () => {
    const en = sortTableRows(rows, 'name', 'ascending', 'en').map((row) => row.name);
    expect(en).toEqual([...en].sort(new Intl.Collator('en').compare));
    expect(en).toEqual([
      'Australia',
      'Belgium',
      'Bhutan',
      "Côte d'Ivoire",
      'Czechia',
      'Guatemala',
      'Guinea',
      'Guinea-Bissau',
      'Holy See',
      'Honduras',
      'India',
      'Japan',
      'Malaysia',
      'Nauru',
      'Norway',
      'Papua New Guinea',
      'Paraguay',
      'Russia',
      'Slovakia',
      'The Gambia',
      'United Kingdom',
      'United States',
    ]);
    expect(sortTableRows(rows, 'name', 'descending', 'en').map((row) => row.name)).toEqual([...en].reverse());
    const zh = sortTableRows(rowsOf(2026, ['ally'], 'zh-TW'), 'name', 'ascending', 'zh-TW').map((row) => row.name);
    expect(zh).toEqual([...zh].sort(new Intl.Collator('zh-TW').compare));
    expect(zh).toContain('巴拉圭');
  });

  it('sorts categories with allies first, codes alphabetically', () => {
    const byCategory = sortTableRows(rows, 'categories', 'ascending', 'en');
    expect(codes(byCategory.slice(0, TODAYS_ALLIES.length))).toEqual(TODAYS_ALLIES);
    expect(sortTableRows(rows, 'categories', 'descending', 'en')[0].layers).not.toContain('ally');
    const byCode = sortTableRows(rows, 'code', 'descending', 'en').map((row) => row.iso3);
    expect(byCode).toEqual([...byCode].sort().reverse());
  });

  it('sorts relations by the first period’s start, and visa by ease then stay, empties last either way', () => {
    // Every place has a visa row today, so rows of 1971 (which states no visa rule) supply the empties.
    const rows = [...rowsOf(2026), ...rowsOf(1971).slice(0, 3)];
    const withRelations = rows.filter((row) => row.relations !== '');
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortTableRows(rows, 'relations', direction, 'en');
      expect(sorted.slice(withRelations.length).every((row) => row.relations === '')).toBe(true);
      const starts = sorted.slice(0, withRelations.length).map((row) => row.sort.relations!);
      expect(starts).toEqual([...starts].sort((a, b) => (direction === 'ascending' ? a - b : b - a)));
      const visa = sortTableRows(rows, 'visa', direction, 'en');
      expect(visa.at(-1)?.visa).toBe('');
    }
    const visa = sortTableRows(rows, 'visa', 'ascending', 'en');
    const longest = Math.max(...rows.filter((row) => row.visa.startsWith('Visa-free')).map((row) => Number(/(\d+) days/.exec(row.visa)?.[1] ?? 0)));
    expect(visa[0].visa).toBe(`Visa-free, up to ${longest} days`);
    expect(visa.findIndex((row) => row.visa === 'Visa required')).toBeGreaterThan(visa.findLastIndex((row) => row.visa.startsWith('Visa-free')));
  });

  it('returns a new array and leaves its input alone', () => {
    const before = rows.map((row) => row.iso3);
    const sorted = sortTableRows(rows, 'code', 'descending', 'en');
    expect(sorted).not.toBe(rows);
    expect(rows.map((row) => row.iso3)).toEqual(before);
  });
});
