import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset, type DataFileKey } from '../../../src/data/parse-dataset.ts';
import { datesWith, namesWith, validTexts } from './valid-texts.ts';
import { isKnownCode } from '../../../scripts/read-dataset.ts';

function problemsFor(overrides: Partial<Record<DataFileKey, string>>): string[] {
  try {
    parseDataset({ ...validTexts(), ...overrides }, { isKnownCode });
  } catch (error) {
    if (error instanceof DatasetError) return error.message.split('\n').slice(1);
    throw error;
  }
  return [];
}

const relationsWith = (...rows: string[]) =>
  ['iso3,name,name_zh,start,end,end_reason,source,confidence,notes', ...rows.map((row) => row.replace(/^(\w+,[^,]+),/, '$1,中文名,'))].join('\n');

describe('parseDataset(texts)', () => {
  it('parses valid files into typed records', () => {
    const dataset = parseDataset(validTexts(), { isKnownCode });
    expect(dataset.relations[0]).toMatchObject({ iso3: 'PRY', start: '1957-07-08', end: null, endReason: null });
    expect(dataset.offices[0].otherCities).toEqual(['Osaka', 'Naha']);
    expect(dataset.visa[0].maxStayDays).toBe(90);
  });

  it('names file, row, line and field for a bad date', () => {
    expect(problemsFor({ relations: relationsWith('PRY,Paraguay,1957-13-08,,,src,high,') })).toEqual([
      'data/diplomatic-relations.csv row 1 (line 2), field "start": must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('rejects an end before the start', () => {
    expect(problemsFor({ relations: relationsWith('PRY,Paraguay,1957,1950,other,src,high,') })).toEqual([
      'data/diplomatic-relations.csv row 1 (line 2), field "end": 1950 is not after start 1957',
    ]);
  });

  it('rejects overlapping periods of one country, naming both rows', () => {
    const problems = problemsFor({
      relations: relationsWith('NRU,Nauru,1980-05-04,2002-07-23,switched_to_prc,src,high,', 'NRU,Nauru,2001,,,src,high,'),
    });
    expect(problems).toEqual([
      'data/diplomatic-relations.csv row 2 (line 3), field "start": NRU period starting 2001 overlaps the one starting 1980-05-04 (row 1)',
    ]);
  });

  it('rejects an unknown country code', () => {
    expect(problemsFor({ newSouthbound: 'iso3,name,group,source\nXYZ,Nowhere,ASEAN,src' })).toEqual([
      'data/new-southbound.csv row 1 (line 2), field "iso3": unknown code "XYZ"',
    ]);
  });

  it('rejects a row without a source', () => {
    expect(problemsFor({ visa: 'iso3,name,regime,max_stay_days,as_of,source,notes\nJPN,Japan,visa_free,90,2025-01-12,,' })).toEqual([
      'data/visa-access.csv row 1 (line 2), field "source": must not be empty',
    ]);
  });

  it('rejects an end reason without an end, and an end without a reason', () => {
    expect(problemsFor({ relations: relationsWith('PRY,Paraguay,1957,,other,src,high,', 'GTM,Guatemala,1933,1940,,src,high,') })).toEqual([
      'data/diplomatic-relations.csv row 1 (line 2), field "end_reason": must be empty while the relation is ongoing',
      'data/diplomatic-relations.csv row 2 (line 3), field "end_reason": is required when end is set',
    ]);
  });

  it('rejects a regime outside the list and a missing column', () => {
    const problems = problemsFor({
      visa: 'iso3,name,regime,max_stay_days,as_of,source,notes\nJPN,Japan,sometimes,90,2025-01-12,src,',
      likeMinded: 'iso3,name,notes\nJPN,Japan,',
    });
    expect(problems[0]).toMatch(/^data\/visa-access\.csv row 1 \(line 2\), field "regime": /);
    expect(problems).toContain('data/like-minded.csv row 0 (line 1), field "source": column is missing from the header');
  });

  it('rejects a code listed twice in a one-row-per-country file', () => {
    expect(problemsFor({ likeMinded: 'iso3,name,source,notes\nJPN,Japan,src,\nJPN,Japan,src,' })).toEqual([
      'data/like-minded.csv row 2 (line 3), field "iso3": JPN repeats row 1',
    ]);
  });

  it('requires one date for each dated data file', () => {
    expect(
      problemsFor({ dates: datesWith('diplomatic-relations,as_of,2025-10,src,', 'diplomatic-relations,as_of,2025-11,src,', 'new-southbound,launched,2016-09-05,src,') }),
    ).toEqual([
      'data/dataset-dates.csv row 2 (line 3), field "dataset": diplomatic-relations repeats',
      'data/dataset-dates.csv row 0 (line 1), field "dataset": no row for representative-offices',
    ]);
  });

  it('rejects a dataset date that is not a date', () => {
    expect(problemsFor({ dates: datesWith('diplomatic-relations,as_of,recently,src,', 'representative-offices,as_of,2025-12,src,', 'new-southbound,launched,2016,src,') })).toEqual([
      'data/dataset-dates.csv row 1 (line 2), field "date": must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
      'data/dataset-dates.csv row 0 (line 1), field "dataset": no row for diplomatic-relations',
    ]);
  });

  it('requires a Chinese name in Chinese characters, in the names file and the relations file', () => {
    expect(problemsFor({ names: namesWith('JPN,JP,Japan,Japan,CLDR,', 'PRY,PY,Paraguay,,MOFA,') })).toEqual([
      'data/country-names.csv row 1 (line 2), field "name_zh": must be written in Chinese characters',
      'data/country-names.csv row 2 (line 3), field "name_zh": must not be empty',
    ]);
    const relations = ['iso3,name,name_zh,start,end,end_reason,source,confidence,notes', 'PRY,Paraguay,Paraguay,1957,,,src,high,'].join('\n');
    expect(problemsFor({ relations })).toEqual(['data/diplomatic-relations.csv row 1 (line 2), field "name_zh": must be written in Chinese characters']);
  });

  it('rejects a names row with a malformed alpha-2 code or a repeated alpha-3', () => {
    expect(problemsFor({ names: namesWith('JPN,jp,Japan,日本,CLDR,', 'PRY,PY,Paraguay,巴拉圭,MOFA,', 'PRY,PY,Paraguay,巴拉圭,MOFA,') })).toEqual([
      'data/country-names.csv row 1 (line 2), field "iso2": must be two capital letters (ISO 3166-1 alpha-2) or empty',
      'data/country-names.csv row 3 (line 4), field "iso3": PRY repeats row 2',
    ]);
  });

  it('reports every problem at once, across files', () => {
    const problems = problemsFor({
      relations: relationsWith('PRY,Paraguay,someday,,,src,high,'),
      newSouthbound: 'iso3,name,group,source\nAUS,Australia,Antarctica,src',
    });
    expect(problems).toHaveLength(2);
  });
});
