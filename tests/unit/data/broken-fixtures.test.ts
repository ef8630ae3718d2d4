import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_FILES, DatasetError, parseDataset, type DataFileKey } from '../../../scripts/dataset/parse-dataset.ts';
import { isKnownCode } from '../../../scripts/read-dataset.ts';
import { datasetPlugin } from '../../../scripts/vite-plugin-dataset.ts';
import { regionsOf, validTexts } from './valid-texts.ts';

/**
 * The broken files of tests/fixtures/broken-data, each read in place of one data file: through
 * the real parser, and through the build plugin on a copy of data/. Either way the message names
 * file, row, line and field, so a bad edit to the data fails the build with a pointer to it.
 */
const FIXTURES = join(import.meta.dirname, '../../fixtures/broken-data');

interface BrokenCase {
  fixture: string;
  /** The data file it stands in for. */
  replaces: DataFileKey;
  /** Every line of the error after its first (one per problem). */
  problems: string[];
  /** How many valid rows come before the broken one (1 unless said). */
  validRows?: number;
}

const CASES: BrokenCase[] = [
  {
    fixture: 'unknown-code.csv',
    replaces: 'newSouthbound',
    problems: ['data/new-southbound.csv row 2 (line 3), field "iso3": unknown code "XYZ"'],
  },
  {
    fixture: 'unknown-source-id.csv',
    replaces: 'newSouthbound',
    problems: ['data/new-southbound.csv row 2 (line 3), field "sources": cites "nowhere-page", which is not in data/sources.csv'],
  },
  {
    fixture: 'end-before-start.csv',
    replaces: 'relations',
    problems: ['data/diplomatic-relations.csv row 2 (line 3), field "end": 1983-03-01 is not after start 1983-03-24'],
  },
  {
    fixture: 'overlapping-periods.csv',
    replaces: 'relations',
    problems: ['data/diplomatic-relations.csv row 3 (line 4), field "start": NRU period starting 2002-01 overlaps the one starting 1980-05-04 (row 2)'],
  },
  {
    fixture: 'switch-without-beijing.csv',
    replaces: 'relations',
    problems: ['data/diplomatic-relations.csv row 2 (line 3), field "beijing": is required for a switch: the day relations with Beijing were established'],
  },
  {
    fixture: 'end-after-beijing.csv',
    replaces: 'relations',
    problems: [
      'data/diplomatic-relations.csv row 2 (line 3), field "end": 1972-04-12 is after 1971-12-07, when relations with Beijing began: by the end rule relations with Taipei ended that day at the latest',
    ],
  },
  {
    fixture: 'consular-without-upgrade.csv',
    replaces: 'relations',
    problems: ['data/diplomatic-relations.csv row 2 (line 3), field "diplomatic_from": is required when the level is consular (the day relations became diplomatic)'],
  },
  {
    fixture: 'high-with-one-source.csv',
    replaces: 'relations',
    problems: ['data/diplomatic-relations.csv row 2 (line 3), field "confidence": high needs two independent sources (two publishers); this row has one'],
  },
  {
    fixture: 'bad-date.csv',
    replaces: 'visa',
    problems: ['data/visa-access.csv row 2 (line 3), field "as_of": must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'],
  },
  {
    fixture: 'missing-source.csv',
    replaces: 'offices',
    problems: ['data/representative-offices.csv row 2 (line 3), field "sources": must cite at least one source id from data/sources.csv'],
  },
  {
    fixture: 'name-zh-not-chinese.csv',
    replaces: 'names',
    problems: ['data/country-names.csv row 2 (line 3), field "name_zh": must be written in Chinese characters'],
  },
  {
    fixture: 'unknown-region.csv',
    replaces: 'regions',
    validRows: 2,
    problems: ['data/regions.csv row 3 (line 4), field "region": must be one of africa, americas, asia, europe, oceania'],
  },
  {
    fixture: 'mirror-url.csv',
    replaces: 'sources',
    validRows: 2,
    problems: ['data/sources.csv row 3 (line 4), field "url": must be a canonical Wikipedia article address: https://xx.wikipedia.org/wiki/Title'],
  },
];

const fixtureText = (fixture: string) => readFileSync(join(FIXTURES, fixture), 'utf8');

/** The DatasetError parseDataset throws, or a failure when it does not throw one. */
function datasetErrorOf(run: () => unknown): DatasetError {
  try {
    run();
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError, but the data was accepted');
}

const header = (count: number) => `invalid data (${count} problem${count === 1 ? '' : 's'}):`;

describe('broken data fixtures through parseDataset', () => {
  it('the valid texts the fixtures go into parse without a problem', () => {
    expect(() => parseDataset(validTexts(), { isKnownCode })).not.toThrow();
  });

  it.each(CASES)('$fixture in place of $replaces: names file, row, line and field', ({ fixture, replaces, problems }) => {
    const error = datasetErrorOf(() => parseDataset({ ...validTexts(), [replaces]: fixtureText(fixture) }, { isKnownCode }));
    expect(error.message).toBe([header(problems.length), ...problems].join('\n'));
    // The structured problems agree with the message (file, row and field as fields, not only text).
    expect(error.problems).toHaveLength(problems.length);
    for (const problem of error.problems) expect(problem.file).toBe(DATA_FILES[replaces]);
  });

  it('each fixture has one valid row before the broken one, so the row number is checked, not assumed to be 1', () => {
    for (const { fixture, replaces, validRows = 1 } of CASES) {
      const firstRowOnly = fixtureText(fixture).trimEnd().split('\n').slice(0, 1 + validRows).join('\n');
      // A relations file of other states brings their regions, as the real data has them.
      const regions = replaces === 'relations' ? { regions: regionsOf(firstRowOnly) } : {};
      expect(() => parseDataset({ ...validTexts(), ...regions, [replaces]: firstRowOnly }, { isKnownCode }), fixture).not.toThrow();
    }
  });
});

describe('broken data fixtures through the build plugin (datasetPlugin(dataDir).load)', () => {
  let dataDir = '';
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'taiwan-ties-broken-data-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /**
   * A fresh copy of data/, with one file replaced by a fixture when given. The fixtures cite the
   * valid texts' two sources, so those are added to the copy's bibliography.
   */
  function dataFolder(name: string, broken?: BrokenCase): string {
    const folder = join(dataDir, name);
    cpSync('data', folder, { recursive: true });
    const fixtureSources = validTexts().sources.split('\n').slice(1).join('\n');
    writeFileSync(join(folder, DATA_FILES.sources), `${readFileSync(join(folder, DATA_FILES.sources), 'utf8').trimEnd()}\n${fixtureSources}\n`);
    if (broken) writeFileSync(join(folder, DATA_FILES[broken.replaces]), fixtureText(broken.fixture));
    return folder;
  }

  /** What `vite build` does with `virtual:dataset`: resolve the id, then load it. */
  function loadDataset(folder: string): unknown {
    const plugin: Plugin = datasetPlugin(folder);
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (this: { addWatchFile: (file: string) => void }, id: string) => string | undefined;
    const id = resolveId('virtual:dataset');
    expect(id).toBe('\0virtual:dataset');
    return load.call({ addWatchFile: () => {} }, id!);
  }

  it('loads a plain copy of data/ (so a failure below is the fixture’s doing)', () => {
    const module = String(loadDataset(dataFolder('intact')));
    expect(module).toMatch(/^export default JSON\.parse\(".*"\);$/s);
    const dataset = JSON.parse(JSON.parse(module.slice('export default JSON.parse('.length, -');'.length)));
    expect(dataset.relations.length).toBeGreaterThan(100);
    expect(dataset.names.length).toBeGreaterThan(200);
  });

  // The bibliography's own fixture replaces every source the real data cites: the parser's test above covers it.
  it.each(CASES.filter((entry) => entry.replaces !== 'sources'))('fails the build for $fixture with the same message', (broken) => {
    const error = datasetErrorOf(() => loadDataset(dataFolder(broken.fixture.replace('.csv', ''), broken)));
    expect(error.message).toBe([header(broken.problems.length), ...broken.problems].join('\n'));
  });
});
