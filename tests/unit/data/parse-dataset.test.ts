import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset, type DataFileKey } from '../../../scripts/dataset/parse-dataset.ts';
import {
  beijingSideOf,
  beijingWith,
  datesWith,
  dossiersWith,
  figuresWith,
  namesWith,
  packageFor,
  regionsOf,
  regionsWith,
  relationsWith as relationRows,
  sourcesWith,
  VALID_DATES,
  validTexts,
} from './valid-texts.ts';
import { isKnownCode } from '../../../scripts/read-dataset.ts';

/**
 * The problems parseDataset finds in the valid texts with some files replaced. A replaced relations
 * file brings Beijing's side of its switches (beijingSideOf) unless the test gives Beijing's file
 * too, so that a test of another rule sees no problem of the two sides' agreement.
 */
function problemsFor(overrides: Partial<Record<DataFileKey, string>>): string[] {
  const beijing = overrides.relations && !overrides.beijing ? { beijing: beijingSideOf(overrides.relations) } : {};
  const regions = overrides.relations && !overrides.regions ? { regions: regionsOf(overrides.relations) } : {};
  try {
    parseDataset({ ...validTexts(), ...beijing, ...regions, ...overrides }, { isKnownCode });
  } catch (error) {
    if (error instanceof DatasetError) return error.message.split('\n').slice(1);
    throw error;
  }
  return [];
}

/** Relations rows written `iso3,name,start,level,diplomatic_from,end,beijing,end_reason,sources,confidence,notes` (the Chinese name is filled in). */
const relationsWith = (...rows: string[]) => relationRows(...rows.map((row) => row.replace(/^(\w+,[^,]+),/, '$1,中文名,')));


describe('parseDataset(texts)', () => {
  it('parses valid files into typed records, citations as ids with their pinpoints', () => {
    const dataset = parseDataset(validTexts(), { isKnownCode });
    expect(dataset.relations[0]).toMatchObject({ iso3: 'PRY', start: '1957-07-12', level: 'diplomatic', end: null, beijing: null, endReason: null });
    expect(dataset.relations[0].sources).toEqual([
      { id: 'wp-pry', pinpoint: 'infobox' },
      { id: 'mofa-pry', pinpoint: null },
    ]);
    expect(dataset.relations[1]).toMatchObject({ end: '1997-08-29', beijing: '1997-09-01', endReason: 'switched_to_prc' });
    expect(dataset.offices[0].otherCities).toEqual(['Osaka', 'Naha']);
    expect(dataset.visa[0].maxStayDays).toBe(90);
    expect(dataset.sources.map((source) => source.id)).toEqual(['wp-pry', 'mofa-pry']);
    expect(dataset.sources[0]).toMatchObject({ publisher: 'Wikipedia contributors', kind: 'encyclopedia', readVia: 'a stored copy' });
    expect(dataset.release).toMatchObject({ version: '2026.12.04', licence: { name: 'CC-BY-4.0' } });
  });

  it('names file, row, line and field for a bad date', () => {
    expect(problemsFor({ relations: relationsWith('PRY,Paraguay,1957-13-08,diplomatic,,,,,mofa-pry,low,') })).toEqual([
      'data/diplomatic-relations.csv row 1 (line 2), field "start": must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('rejects an end before the start', () => {
    expect(problemsFor({ relations: relationsWith('PRY,Paraguay,1957,diplomatic,,1950,,other,mofa-pry,low,') })).toEqual([
      'data/diplomatic-relations.csv row 1 (line 2), field "end": 1950 is not after start 1957',
    ]);
  });

  it('rejects overlapping periods of one country, naming both rows', () => {
    const problems = problemsFor({
      relations: relationsWith('NRU,Nauru,1980-05-04,diplomatic,,2002-07-21,2002-07-21,switched_to_prc,mofa-pry,low,', 'NRU,Nauru,2001,diplomatic,,,,,mofa-pry,low,'),
    });
    expect(problems).toEqual([
      'data/diplomatic-relations.csv row 2 (line 3), field "start": NRU period starting 2001 overlaps the one starting 1980-05-04 (row 1)',
    ]);
  });

  it('applies the end rule: a switch needs both dates, and Taipei’s end comes no later than a day after Beijing’s start', () => {
    expect(
      problemsFor({
        relations: relationsWith(
          'SEN,Senegal,1969-07-16,diplomatic,,1971-12-07,1971-12-07,switched_to_prc,mofa-pry,low,',
          'NIC,Nicaragua,1990-11-05,diplomatic,,2021-12-10,2021-12-09,switched_to_prc,mofa-pry,low,a day apart: time zones',
          'BWA,Botswana,1966-12-30,diplomatic,,1974-04-05,1974-03-25,switched_to_prc,mofa-pry,low,',
          'PAN,Panama,1912,diplomatic,,2017-06-13,,switched_to_prc,mofa-pry,low,',
          'PRY,Paraguay,1957,diplomatic,,,1990,,mofa-pry,low,',
        ),
      }),
    ).toEqual([
      'data/diplomatic-relations.csv row 3 (line 4), field "end": 1974-04-05 is after 1974-03-25, when relations with Beijing began: by the end rule relations with Taipei ended that day at the latest',
      'data/diplomatic-relations.csv row 4 (line 5), field "beijing": is required for a switch: the day relations with Beijing were established',
      'data/diplomatic-relations.csv row 5 (line 6), field "beijing": must be empty while the relation is ongoing',
    ]);
  });

  it('applies the consular rule: a consular start needs the day relations became diplomatic, after the start and before the end', () => {
    expect(
      problemsFor({
        relations: relationsWith(
          'GTM,Guatemala,1933-10-07,consular,1954-12-22,,,,mofa-pry,low,',
          'MYS,Malaysia,1964-11-26,consular_only,,1974-05-31,1974-05-31,switched_to_prc,mofa-pry,low,',
          'SLV,El Salvador,1933,consular,,2018-08-21,2018-08-21,switched_to_prc,mofa-pry,low,',
          'NIC,Nicaragua,1930-05,consular,1986,1985-12-07,1985-12-07,switched_to_prc,mofa-pry,low,',
          'KOR,South Korea,1948,diplomatic,1949,1992-08-24,1992-08-24,switched_to_prc,mofa-pry,low,',
        ),
      }),
    ).toEqual([
      'data/diplomatic-relations.csv row 3 (line 4), field "diplomatic_from": is required when the level is consular (the day relations became diplomatic)',
      'data/diplomatic-relations.csv row 4 (line 5), field "diplomatic_from": 1986 is not before end 1985-12-07',
      'data/diplomatic-relations.csv row 5 (line 6), field "diplomatic_from": must be empty when the level is diplomatic',
    ]);
  });

  it('holds each confidence level to its definition: high two publishers and days, medium months, low the rest', () => {
    const sources = sourcesWith(
      ...validTexts().sources.split('\n').slice(1),
      'wp-zh,中華民國—巴拉圭關係,Wikipedia (zh),zh-Hant,,https://zh.wikipedia.org/wiki/中華民國—巴拉圭關係,encyclopedia,2026-12-04,',
    );
    expect(
      problemsFor({
        sources,
        relations: relationsWith(
          'PRY,Paraguay,1957-07-12,diplomatic,,,,,wp-pry; mofa-pry,high,',
          'HTI,Haiti,1956-04-25,diplomatic,,,,,mofa-pry[p. 1]; mofa-pry[p. 2],high,',
          'GTM,Guatemala,1933,diplomatic,,,,,wp-pry; mofa-pry,high,',
          'BEL,Belgium,,diplomatic,,1971-10-25,1971-10-25,switched_to_prc,wp-pry; mofa-pry,high,',
          'TUV,Tuvalu,1979-09-19,diplomatic,,,,,wp-pry; wp-zh,high,two Wikipedia editions are one publisher',
          'NZL,New Zealand,1912,consular,1961-08-17,1972-12-22,1972-12-22,switched_to_prc,mofa-pry,medium,',
          'KNA,Saint Kitts and Nevis,1983-10,diplomatic,,,,,mofa-pry,medium,',
          'WSM,Samoa,1972,diplomatic,,1975-11-06,1975-11-06,switched_to_prc,mofa-pry,low,',
        ),
      }),
    ).toEqual([
      'data/diplomatic-relations.csv row 2 (line 3), field "confidence": high needs two independent sources (two publishers); this row has one',
      'data/diplomatic-relations.csv row 3 (line 4), field "confidence": high needs dates to the day; 1933 is not',
      'data/diplomatic-relations.csv row 4 (line 5), field "confidence": high needs dates to the day; an unknown start is not',
      'data/diplomatic-relations.csv row 5 (line 6), field "confidence": high needs two independent sources (two publishers); this row has one',
      'data/diplomatic-relations.csv row 6 (line 7), field "confidence": medium needs dates to the month; 1912 is not',
    ]);
  });

  it('leaves an unknown start empty only for a period running on 1 January 1949, and counts it from before then', () => {
    expect(
      problemsFor({
        relations: relationsWith('BEL,Belgium,,diplomatic,,1971-10-25,1971-10-25,switched_to_prc,mofa-pry,low,', 'ESP,Spain,,diplomatic,,1941-03-01,,other,mofa-pry,low,', 'PRT,Portugal,,diplomatic,,,,,mofa-pry,low,'),
      }),
    ).toEqual([
      'data/diplomatic-relations.csv row 2 (line 3), field "start": may be empty (unknown) only for a period already running on 1 January 1949 and ended since',
      'data/diplomatic-relations.csv row 3 (line 4), field "start": may be empty (unknown) only for a period already running on 1 January 1949 and ended since',
    ]);
    const belgiumText = relationsWith('BEL,Belgium,,diplomatic,,1971-10-25,1971-10-25,switched_to_prc,mofa-pry,low,');
    const [belgium] = parseDataset({ ...validTexts(), relations: belgiumText, beijing: beijingSideOf(belgiumText), regions: regionsOf(belgiumText) }, { isKnownCode }).relations;
    expect(belgium).toMatchObject({ startKnown: false, start: '1912' });
  });

  it('parses Beijing’s periods, and holds them to the PRC’s founding and to an end reason when ended', () => {
    const { beijing } = parseDataset(validTexts(), { isKnownCode });
    expect(beijing[1]).toMatchObject({ iso3: 'LCA', start: '1997-09-01', end: '2007-04-30', endReason: 'severed', startKnown: true });
    expect(
      problemsFor({
        beijing: beijingWith(
          'JPN,Japan,日本,1949-09-30,,,mofa-pry,low,',
          'LCA,Saint Lucia,聖露西亞,1997-09-01,2007-04-30,,mofa-pry,low,',
          'KOR,South Korea,韓國,1992-08-24,,severed,mofa-pry,low,',
        ),
      }),
    ).toEqual([
      'data/beijing-relations.csv row 1 (line 2), field "start": 1949-09-30 is before the PRC was proclaimed (1949-10-01)',
      'data/beijing-relations.csv row 2 (line 3), field "end_reason": is required when end is set',
      'data/beijing-relations.csv row 3 (line 4), field "end_reason": must be empty while the relation is ongoing',
    ]);
  });

  it('holds the two sides of a switch together: Beijing’s period starts on the relations file’s `beijing` day, and never overlaps Taipei’s', () => {
    const relations = relationsWith('LCA,Saint Lucia,1984-05-07,diplomatic,,1997-08-29,1997-09-01,switched_to_prc,mofa-pry,low,', 'LCA,Saint Lucia,2007-04-30,diplomatic,,,,,mofa-pry,low,');
    expect(problemsFor({ relations, beijing: beijingWith('LCA,Saint Lucia,聖露西亞,1997-09-02,2007-04-30,severed,mofa-pry,low,') })).toEqual([
      'data/diplomatic-relations.csv row 1 (line 2), field "beijing": LCA: no period in data/beijing-relations.csv starts on 1997-09-01 (its periods start: 1997-09-02)',
    ]);
    // Beijing's period runs past the day Saint Lucia restored relations with Taipei (the PRC suspended them five days later).
    expect(problemsFor({ relations, beijing: beijingWith('LCA,Saint Lucia,聖露西亞,1997-09-01,2007-05-05,severed,mofa-pry,low,') })).toEqual([
      'data/beijing-relations.csv row 1 (line 2), field "start": LCA: relations with Beijing from 1997-09-01 overlap relations with Taipei from 2007-04-30 to now (data/diplomatic-relations.csv row 2)',
    ]);
    // A day's overlap is the time zones' slack, as in the end rule.
    expect(problemsFor({ relations, beijing: beijingWith('LCA,Saint Lucia,聖露西亞,1997-09-01,2007-05-01,severed,mofa-pry,low,') })).toEqual([]);
    // A Taipei period wholly inside Beijing's is dual recognition, allowed when the notes say so (Vanuatu, 2004).
    const vanuatu = relationsWith('VUT,Vanuatu,2004-11-03,diplomatic,,2004-12-16,,other,mofa-pry,low,');
    const dual = (notes: string) => problemsFor({ relations: vanuatu, beijing: beijingWith(`VUT,Vanuatu,萬那杜,1982-03-26,,,mofa-pry,low,${notes}`) });
    expect(dual('Dual recognition: Vanuatu also recognised Taipei for six weeks.')).toEqual([]);
    expect(dual('')).toEqual([
      'data/beijing-relations.csv row 1 (line 2), field "start": VUT: relations with Beijing from 1982-03-26 overlap relations with Taipei from 2004-11-03 to 2004-12-16 (data/diplomatic-relations.csv row 1)',
    ]);
  });

  it('rejects an unknown country code', () => {
    expect(problemsFor({ newSouthbound: 'iso3,name,group,sources\nXYZ,Nowhere,ASEAN,mofa-pry' })).toEqual([
      'data/new-southbound.csv row 1 (line 2), field "iso3": unknown code "XYZ"',
    ]);
  });

  it('rejects a row that cites nothing, a malformed citation and an id the bibliography lacks', () => {
    expect(
      problemsFor({
        visa: [
          'iso3,name,regime,max_stay_days,since,as_of,sources,notes',
          'JPN,Japan,visa_free,90,,2025-01-12,,',
          'KOR,South Korea,visa_free,90,,2025-01-12,Passport Index,',
          'USA,United States,eta,90,,2025-01-12,mofa-pry; dhs-esta[FAQ],',
        ].join('\n'),
      }),
    ).toEqual([
      'data/visa-access.csv row 1 (line 2), field "sources": must cite at least one source id from data/sources.csv',
      'data/visa-access.csv row 2 (line 3), field "sources": "Passport Index" is not a source id (lowercase letters, digits, hyphens) with an optional [pinpoint]',
      'data/visa-access.csv row 3 (line 4), field "sources": cites "dhs-esta", which is not in data/sources.csv',
    ]);
  });

  it('takes only canonical https addresses in the bibliography, each once', () => {
    const sources = sourcesWith(
      'wp-pry,Paraguay–Taiwan relations,Wikipedia contributors,en,,https://en.wikipedia.org/wiki/Test_fixture_article,encyclopedia,2026-12-04,',
      'mofa-pry,Paraguay,MOFA,en,,https://example.org/fixture/mofa-paraguay,official,2026-12-04,',
      'plain-http,A page,A publisher,en,,http://example.org/page,news,2026-12-04,',
      'mobile-wiki,Taiwan,Wikipedia contributors,en,,https://en.m.wikipedia.org/wiki/Taiwan,encyclopedia,2026-12-04,',
      'again,Paraguay again,MOFA,en,,https://example.org/fixture/mofa-paraguay,official,2026-12-04,',
      'Bad Id,A page,A publisher,en,,https://example.org/other,blog,2026-12-04,',
    );
    expect(problemsFor({ sources })).toEqual([
      'data/sources.csv row 3 (line 4), field "url": must be an https address',
      'data/sources.csv row 4 (line 5), field "url": must be a canonical Wikipedia article address: https://xx.wikipedia.org/wiki/Title',
      'data/sources.csv row 6 (line 7), field "id": must be lowercase letters, digits and hyphens',
      'data/sources.csv row 6 (line 7), field "kind": Invalid option: expected one of "official"|"encyclopedia"|"news"|"scholarly"|"dataset"',
      'data/sources.csv row 5 (line 6), field "url": https://example.org/fixture/mofa-paraguay repeats row 2',
    ]);
  });

  it('rejects an end reason without an end, and an end without a reason', () => {
    expect(problemsFor({ relations: relationsWith('PRY,Paraguay,1957,diplomatic,,,,other,mofa-pry,low,', 'GTM,Guatemala,1933,diplomatic,,1940,,,mofa-pry,low,') })).toEqual([
      'data/diplomatic-relations.csv row 1 (line 2), field "end_reason": must be empty while the relation is ongoing',
      'data/diplomatic-relations.csv row 2 (line 3), field "end_reason": is required when end is set',
    ]);
  });

  it('rejects a regime outside the list and a missing column', () => {
    const problems = problemsFor({
      visa: 'iso3,name,regime,max_stay_days,since,as_of,sources,notes\nJPN,Japan,sometimes,90,,2025-01-12,mofa-pry,',
      likeMinded: 'iso3,name,sources,notes\nJPN,Japan,mofa-pry,',
    });
    expect(problems[0]).toMatch(/^data\/visa-access\.csv row 1 \(line 2\), field "regime": /);
    expect(problems).toContain('data/like-minded.csv row 0 (line 1), field "basis": column is missing from the header');
  });

  it('rejects a code listed twice in a one-row-per-country file', () => {
    expect(problemsFor({ likeMinded: 'iso3,name,basis,sources,notes\nJPN,Japan,named,mofa-pry,\nJPN,Japan,named,mofa-pry,' })).toEqual([
      'data/like-minded.csv row 2 (line 3), field "iso3": JPN repeats row 1',
    ]);
  });

  it('requires each dated file’s dates once each', () => {
    expect(problemsFor({ dates: datesWith('diplomatic-relations,as_of,2025-10,mofa-pry,', 'diplomatic-relations,as_of,2025-11,mofa-pry,', ...VALID_DATES.slice(2)) })).toEqual([
      'data/dataset-dates.csv row 2 (line 3), field "dataset": diplomatic-relations as_of repeats',
      'data/dataset-dates.csv row 0 (line 1), field "dataset": no last_checked row for diplomatic-relations',
    ]);
  });

  it('rejects a dataset date that is not a date', () => {
    expect(problemsFor({ dates: datesWith('diplomatic-relations,as_of,recently,mofa-pry,', ...VALID_DATES.slice(1)) })).toEqual([
      'data/dataset-dates.csv row 1 (line 2), field "date": must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
      'data/dataset-dates.csv row 0 (line 1), field "dataset": no as_of row for diplomatic-relations',
    ]);
  });

  it('requires a Chinese name in Chinese characters, in the names file and the relations file', () => {
    expect(problemsFor({ names: namesWith('JPN,JP,Japan,Japan,mofa-pry,', 'PRY,PY,Paraguay,,mofa-pry,') })).toEqual([
      'data/country-names.csv row 1 (line 2), field "name_zh": must be written in Chinese characters',
      'data/country-names.csv row 2 (line 3), field "name_zh": must not be empty',
    ]);
    const relations = relationRows('PRY,Paraguay,Paraguay,1957,diplomatic,,,,,mofa-pry,low,');
    expect(problemsFor({ relations })).toEqual(['data/diplomatic-relations.csv row 1 (line 2), field "name_zh": must be written in Chinese characters']);
  });

  it('rejects a names row with a malformed alpha-2 code or a repeated alpha-3', () => {
    expect(problemsFor({ names: namesWith('JPN,jp,Japan,日本,mofa-pry,', 'PRY,PY,Paraguay,巴拉圭,mofa-pry,', 'PRY,PY,Paraguay,巴拉圭,mofa-pry,') })).toEqual([
      'data/country-names.csv row 1 (line 2), field "iso2": must be two capital letters (ISO 3166-1 alpha-2) or empty',
      'data/country-names.csv row 3 (line 4), field "iso3": PRY repeats row 2',
    ]);
  });

  it('holds datapackage.json to the files: a dated version, a licence, and each CSV’s columns in order', () => {
    const texts = validTexts();
    const stale = JSON.parse(packageFor({ ...texts, visa: 'iso3,name,regime,max_stay_days,as_of,source,notes' }));
    expect(problemsFor({ release: JSON.stringify(stale) })).toEqual([
      'data/datapackage.json row 0 (line 1), field "resources.visa-access.schema.fields": are iso3,name,regime,max_stay_days,as_of,source,notes but visa-access.csv has iso3,name,regime,max_stay_days,since,as_of,sources,notes',
    ]);
    const unversioned = { ...JSON.parse(texts.release), version: '1.0', licenses: [] };
    expect(problemsFor({ release: JSON.stringify(unversioned) })).toEqual([
      'data/datapackage.json row 0 (line 1), field "version": must be a date-based version YYYY.MM.DD',
      'data/datapackage.json row 0 (line 1), field "licenses": must name a licence',
    ]);
    expect(problemsFor({ release: '{ not json' })[0]).toMatch(/^data\/datapackage\.json row 0 \(line 1\), field "\(file\)": is not JSON/);
  });

  it('reports every problem at once, across files', () => {
    const problems = problemsFor({
      relations: relationsWith('PRY,Paraguay,someday,diplomatic,,,,,mofa-pry,low,'),
      newSouthbound: 'iso3,name,group,sources\nAUS,Australia,Antarctica,mofa-pry',
    });
    expect(problems).toHaveLength(2);
  });
});

describe('the switch dossiers (switch-dossiers.csv, switch-figures.csv)', () => {
  // The valid texts' Saint Lucia: ties with Taipei 1984-05-07 to 1997-08-29, again from 2007-04-30.
  it('takes a dossier field and a reported figure filed under a switch, in both languages', () => {
    const dataset = parseDataset(
      {
        ...validTexts(),
        dossiers: dossiersWith('LCA,1997-08-29,first_mover,country_recognised_beijing,,,wp-pry[a quote],', 'LCA,2007-04-30,decided_by,,Prime Minister Stephenson King,總理金恩,mofa-pry,'),
        figures: figuresWith('LCA,1997-08-29,1000000,USD,1997,textbooks,教科書,reportedly,wp-pry,', 'LCA,1997-08-29,730000000,,2019,aid,援助,,wp-pry,'),
      },
      { isKnownCode },
    );
    expect(dataset.dossiers[1]).toMatchObject({ iso3: 'LCA', taipeiDate: '2007-04-30', field: 'decided_by', code: null, text: { en: 'Prime Minister Stephenson King', 'zh-TW': '總理金恩' } });
    expect(dataset.figures.map(({ amount, currency, hedge }) => [amount, currency, hedge])).toEqual([
      [1_000_000, 'USD', 'reportedly'],
      [730_000_000, null, ''],
    ]);
  });

  it('rejects a row of no switch, a first mover against the direction, text in one language only and a bad currency', () => {
    expect(
      problemsFor({
        dossiers: dossiersWith(
          'LCA,1997-08-30,followed,,Embassy closed,大使館關閉,wp-pry,',
          'LCA,2007-04-30,first_mover,country_recognised_beijing,,,wp-pry,',
          'LCA,1997-08-29,stated_reason,,One China,,wp-pry,',
          'LCA,1997-08-29,decided_by,country_recognised_beijing,Someone,某人,wp-pry,',
        ),
        figures: figuresWith('LCA,1997-08-29,5,US$,1997,aid,援助,,wp-pry,'),
      }),
    ).toEqual([
      'data/switch-dossiers.csv row 3 (line 4), field "text_zh": must be given exactly when text is (the card speaks both languages)',
      'data/switch-dossiers.csv row 4 (line 5), field "code": is only for first_mover',
      'data/switch-figures.csv row 1 (line 2), field "currency": must be an ISO 4217 code such as USD',
    ]);
    expect(
      problemsFor({ dossiers: dossiersWith('LCA,1997-08-30,followed,,Embassy closed,大使館關閉,wp-pry,', 'LCA,2007-04-30,first_mover,country_recognised_beijing,,,wp-pry,') }),
    ).toEqual([
      'data/switch-dossiers.csv row 1 (line 2), field "taipei_date": LCA: no switch in data/diplomatic-relations.csv on 1997-08-30',
      'data/switch-dossiers.csv row 2 (line 3), field "code": country_recognised_beijing does not fit a start of relations with Taipei (LCA 2007-04-30)',
    ]);
  });
});

describe('the office history (office-history.csv)', () => {
  const HEADER = 'iso3,event,date,office_name,city,sources,notes';
  it('rejects events out of order or out of sense, and an office left open that is none of today’s', () => {
    expect(
      problemsFor({
        officeHistory: [
          HEADER,
          'JPN,opened,1972-12-02,Association of East Asian Relations,Tokyo,mofa-pry,',
          'JPN,renamed,1972-01,Earlier name,Tokyo,mofa-pry,',
          'NOR,opened,1980,Taipei Trade Centre,Oslo,mofa-pry,',
          'NOR,closed,2017-09-30,Taipei Representative Office in Norway,Oslo,mofa-pry,',
          'NOR,renamed,2018,After closing,Oslo,mofa-pry,',
        ].join('\n'),
      }),
    ).toEqual([
      'data/office-history.csv row 2 (line 3), field "date": JPN: 1972-01 comes before the row above it (1972-12-02); list a country\'s events in date order',
      'data/office-history.csv row 5 (line 6), field "event": NOR: renamed on 2018 cannot follow closed on 2017-09-30',
      'data/office-history.csv row 5 (line 6), field "event": NOR: the office is open after 2018, but data/representative-offices.csv has no row for it (close it here, or add today\'s office)',
    ]);
  });
});

describe('the World Bank series (world-bank.csv)', () => {
  const HEADER = 'code,year,population,gdp_usd,sources';
  it('takes the world and the allies only, each year once, each row with a value, from 1960', () => {
    expect(
      problemsFor({
        worldBank: [HEADER, 'WLD,2024,8100000000,,mofa-pry', 'WLD,2024,8100000000,,mofa-pry', 'FRA,2024,68000000,,mofa-pry', 'PRY,2023,,,mofa-pry', 'PRY,1959,1700000,,mofa-pry'].join('\n'),
      }),
    ).toEqual([
      'data/world-bank.csv row 4 (line 5), field "population": a row needs a population, a GDP or both',
      'data/world-bank.csv row 5 (line 6), field "year": must be 1960 or later (the series begin then)',
    ]);
    expect(problemsFor({ worldBank: [HEADER, 'WLD,2024,8100000000,,mofa-pry', 'WLD,2024,8100000000,,mofa-pry', 'FRA,2024,68000000,,mofa-pry'].join('\n') })).toEqual([
      'data/world-bank.csv row 2 (line 3), field "year": WLD 2024 appears twice',
      'data/world-bank.csv row 3 (line 4), field "code": FRA is neither WLD nor a state of data/diplomatic-relations.csv',
    ]);
  });
});

describe('the presidents (presidents.csv)', () => {
  it('takes terms in order, only the last one open', () => {
    const HEADER = 'name,name_zh,short,short_zh,start,end,sources,notes';
    expect(
      problemsFor({
        presidents: [HEADER, 'Tsai Ing-wen,蔡英文,Tsai,蔡,2016-05-20,,mofa-pry,', 'Lai Ching-te,賴清德,Lai,賴,2024-05-20,,mofa-pry,'].join('\n'),
      }),
    ).toEqual(['data/presidents.csv row 1 (line 2), field "end": only the last term may be open']);
    expect(
      problemsFor({
        presidents: [HEADER, 'Tsai Ing-wen,蔡英文,Tsai,蔡,2016-05-20,2024-05-20,mofa-pry,', 'Lai Ching-te,賴清德,Lai,賴,2024-05-19,,mofa-pry,'].join('\n'),
      }),
    ).toEqual(['data/presidents.csv row 2 (line 3), field "start": 2024-05-19 comes before the term above ends (2024-05-20)']);
  });
});

describe('the regions (regions.csv)', () => {
  it('takes one of the five M49 regions, naming file, row and field otherwise', () => {
    expect(problemsFor({ regions: regionsWith('PRY,Paraguay,americas,mofa-pry,', 'LCA,Saint Lucia,caribbean,mofa-pry,') })).toEqual([
      'data/regions.csv row 2 (line 3), field "region": must be one of africa, americas, asia, europe, oceania',
    ]);
  });

  it('gives every state of the relations file a region, reported at the state’s row there', () => {
    expect(problemsFor({ regions: regionsWith('PRY,Paraguay,americas,mofa-pry,') })).toEqual([
      'data/diplomatic-relations.csv row 2 (line 3), field "iso3": LCA has no region in data/regions.csv',
    ]);
  });

  it('gives a region only to states of the relations file, each once', () => {
    expect(
      problemsFor({ regions: regionsWith('PRY,Paraguay,americas,mofa-pry,', 'LCA,Saint Lucia,americas,mofa-pry,', 'JPN,Japan,asia,mofa-pry,') }),
    ).toEqual(['data/regions.csv row 3 (line 4), field "iso3": JPN is not a state of data/diplomatic-relations.csv']);
    expect(
      problemsFor({ regions: regionsWith('PRY,Paraguay,americas,mofa-pry,', 'LCA,Saint Lucia,americas,mofa-pry,', 'PRY,Paraguay,asia,mofa-pry,') }),
    ).toEqual(['data/regions.csv row 3 (line 4), field "iso3": PRY repeats row 1']);
  });
});
