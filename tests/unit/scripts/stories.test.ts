import { describe, expect, it } from 'vitest';
import { checkStory, readStories, type StoryContext } from '../../../scripts/dataset/stories.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';
import { splitDataset } from '../../../src/data/dataset.ts';
import { deriveData } from '../../../src/data/derived-data.ts';

const dataset = readDataset('data');
const { core } = splitDataset(dataset);
const { years, timeline } = deriveData(core, new Date('2026-12-05'));
const names = new Set(core.names.map((row) => row.iso3));
const context: StoryContext = { years, timeline, isCountry: (iso3) => names.has(iso3), sourceIds: new Set(dataset.sources.map((source) => source.id)) };

const story = (step: Record<string, unknown>, id = 'test') =>
  JSON.stringify({
    version: 1,
    id,
    title: { en: 'Test', 'zh-TW': '測試' },
    steps: [{ year: 1969, sources: ['d-readr-post-2466'], caption: { title: { en: 'Peak', 'zh-TW': '巔峰' }, text: { en: '', 'zh-TW': '' } }, ...step }],
  });
const withText = (en: string, zh = '') => ({ caption: { title: { en: 'T', 'zh-TW': '題' }, text: { en, 'zh-TW': zh } } });

describe('readStories(data/stories)', () => {
  it('reads at least four built-in stories, each a track of steps citing sources', () => {
    const stories = readStories('data/stories', context);
    expect(stories.map((s) => s.id)).toEqual(expect.arrayContaining(['collapse-1971', 'chiang-to-lai', 'allies-lost-2016-2024', 'nauru']));
    for (const { track } of stories) for (const step of track.steps) expect(step.sources?.length).toBeGreaterThan(0);
  });
});

describe('checkStory', () => {
  it('accepts a count the data holds', () => {
    expect(
      checkStory('test.json', story({ counts: { 1969: 70 }, ...withText('70 allies at the end of 1969.', '1969年底有70個邦交國。') }), context),
    ).toMatchObject({ id: 'test' });
  });

  it('refuses a count the data does not hold', () => {
    expect(checkStory('test.json', story({ counts: { 1969: 71 } }), context)).toEqual([
      'test.json steps[0]: counts 1969: 71, but the data has 70 allies at the end of 1969',
    ]);
  });

  it('refuses a count stated in a caption but not declared, in either language', () => {
    expect(checkStory('test.json', story({ counts: { 1969: 70 }, ...withText('Down to 69 allies.', '剩69國。') }), context)).toEqual([
      'test.json steps[0]: "69 allies" is not among the step\'s counts or losses',
      'test.json steps[0]: "69國" is not among the step\'s counts or losses',
    ]);
  });

  it('checks losses in a span of years', () => {
    expect(checkStory('test.json', story({ lost: { '2016-2024': 10 } }), context)).toMatchObject({ id: 'test' });
    expect(checkStory('test.json', story({ lost: { 2018: 2 } }), context)).toEqual(['test.json steps[0]: lost 2018: 2, but the data has 3']);
  });

  it('refuses a source not in the bibliography, a step without sources and an id that is not the file name', () => {
    expect(checkStory('test.json', story({ sources: ['no-such-source'] }), context)).toEqual([
      'test.json steps[0]: source "no-such-source" is not in data/sources.csv',
    ]);
    expect(checkStory('test.json', story({ sources: [] }), context)).toEqual([
      'test.json: steps.0.sources: must cite at least one source id from data/sources.csv',
    ]);
    expect(checkStory('other.json', story({}), context)).toEqual(['other.json: id "test" must be the file\'s name']);
  });

  it('refuses a story the track reader refuses', () => {
    expect(checkStory('test.json', story({ country: 'XYZ' }), context)).toEqual([
      'test.json: refused by the track reader: {"code":"unknown-country","path":"steps[0].country","value":"XYZ"}',
    ]);
  });
});
