import { describe, expect, it } from 'vitest';
import { timelineYear } from '../../../src/data/ally-timeline.ts';
import { LAYER_IDS } from '../../../src/data/layers.ts';
import type { Locale } from '../../../src/i18n/locale.ts';
import { readOnText, viewCaption, viewLegend, weightCaption } from '../../../src/i18n/view-text.ts';
import { frameText } from '../../../src/export/frame-text.ts';
import { dataset, derived } from '../../fixtures/small-data/small-dataset.ts';

const { timeline, availability } = derived;
const input = (locale: Locale, layers = [...LAYER_IDS]) => ({
  timeline,
  availability,
  layers,
  weights: dataset.allyWeight,
  appAddress: 'https://example.org/ties/',
  version: '2026.12.04',
  locale,
});

describe('frameText(input, year)', () => {
  it('writes the title, count, year, legend and credit in English', () => {
    const text = frameText(input('en'), 1971);
    expect(text).toMatchObject({
      locale: 'en',
      title: 'Taiwan’s international ties, 1971',
      count: '9 formal allies on 31 Dec 1971 (1 lost) · 7 recognise Beijing, 0 neither',
      year: '1971',
    });
    // 1971 draws the historical layers only (both sides; the small data's first dated office opened in 1972), with the year's losses.
    expect(text.legend).toEqual([
      { key: 'ally', label: 'Formal diplomatic ally' },
      { key: 'former', label: 'Former ally' },
      { key: 'beijing', label: 'Recognises Beijing' },
      { key: 'lost', label: 'Ally lost in 1971' },
    ]);
    expect(text.credit).toMatch(
      /^Taiwan Ties data 2026\.12\.04 \(CC BY 4\.0\) · formal relations as of .+; sources for every country at https:\/\/example\.org\/ties\/ · Shapes: Natural Earth$/,
    );
  });

  it('writes them in Chinese when Chinese is chosen', () => {
    const text = frameText(input('zh-TW'), 1971);
    expect(text.locale).toBe('zh-TW');
    expect(text.title).toBe('1971年臺灣的國際關係');
    expect(text.count).toBe('1971年12月31日共9個正式邦交國（斷交1個）；7國承認北京，0國兩岸皆未承認');
    expect(text.year).toBe('1971年');
    expect(text.legend.map((item) => item.label)).toEqual(['正式邦交國', '前邦交國', '承認北京', '1971年斷交']);
    expect(text.credit).toMatch(
      /^Taiwan Ties 臺灣邦誼地圖 資料版本 2026\.12\.04（CC BY 4\.0）· 正式邦交資料截至\d{4}年\d{1,2}月(\d{1,2}日)?；各國資料來源見 https:\/\/example\.org\/ties\/ · 地圖形狀：Natural Earth$/,
    );
  });

  it('says the partners of a year before the offices are complete are those with a dated opening (1975: Japan)', () => {
    expect(frameText(input('en', ['partner']), 1975).legend).toEqual([{ key: 'partner', label: 'Substantive partner (offices with a known opening date)' }]);
    expect(frameText(input('en', ['partner']), 2026).legend).toEqual([{ key: 'partner', label: 'Substantive partner' }]);
  });

  it('leaves the gained and lost entries out when the ally layer is hidden', () => {
    expect(frameText(input('zh-TW', ['former']), 1971).legend).toEqual([{ key: 'former', label: '前邦交國' }]);
  });
});

describe('view-text', () => {
  it('reads the current year’s count on the data’s as-of date, in each language', () => {
    const entry = timelineYear(timeline, timeline.lastYear);
    expect(entry.readOnAsOf).toBe(true);
    expect(readOnText(entry, timeline, 'en')).toMatch(/^as of /);
    expect(readOnText(entry, timeline, 'zh-TW')).toMatch(/^截至\d{4}年/);
    expect(viewCaption(entry, timeline, 'zh-TW', ['ally']).count).toMatch(/^截至.+共3個正式邦交國/);
  });

  it('adds Beijing’s count to the caption while that side is chosen, and those with neither while allies show too', () => {
    const entry = timelineYear(timeline, 1971);
    expect(viewCaption(entry, timeline, 'en', ['ally']).count).toBe('9 formal allies on 31 Dec 1971 (1 lost)');
    expect(viewCaption(entry, timeline, 'en', ['beijing']).count).toBe('9 formal allies on 31 Dec 1971 (1 lost) · 7 recognise Beijing');
    expect(viewCaption(entry, timeline, 'en', ['ally', 'beijing']).count).toBe('9 formal allies on 31 Dec 1971 (1 lost) · 7 recognise Beijing, 0 neither');
  });

  it('names the year’s gained allies in the legend and the caption: Nauru in 2005', () => {
    const entry = timelineYear(timeline, 2005);
    expect(entry.gained).toContain('NRU');
    expect(viewLegend(['ally'], entry, availability, 'zh-TW')).toContainEqual({ key: 'gained', label: '2005年新增邦交' });
    expect(viewCaption(entry, timeline, 'en', ['ally']).count).toContain('(1 gained');
    expect(viewCaption(entry, timeline, 'zh-TW', ['ally']).count).toContain('（新增1個');
  });
});

describe('weightCaption(weights, entry, timeline, locale)', () => {
  const share = (value: number, missing: string[] = []) => ({ share: value, dataYear: 2001, missing });
  const weights = [{ year: 2001, population: share(0.0123, ['VAT']), gdp: share(0.0045, ['VAT', 'PRY']) }];
  const entry = timelineYear(timeline, 2001);

  it('gives the shares, the allies without a figure by name, and the source', () => {
    expect(weightCaption(weights, entry, timeline, 'en')).toBe(
      '1.2% of the world’s people · 0.45% of world GDP (no World Bank figure: Holy See and GDP of Paraguay) · World Bank WDI',
    );
    expect(weightCaption(weights, entry, timeline, 'zh-TW')).toBe('占世界人口1.2%；占全球GDP 0.45%（教廷和巴拉圭的GDP無世界銀行數據）；世界銀行WDI');
    expect(weightCaption(weights, entry, timeline, 'en', { withSource: false })).not.toContain('World Bank WDI');
  });

  it('counts a long list of allies without a figure instead of naming them, and says nothing before the series', () => {
    const many = [{ year: 2001, population: share(0.02, ['A', 'B', 'C', 'D']), gdp: null }];
    expect(weightCaption(many, entry, timeline, 'en')).toBe('2% of the world’s people (no World Bank figure: 4 allies) · World Bank WDI');
    expect(weightCaption(weights, timelineYear(timeline, 1955), timeline, 'en')).toBeNull();
  });

  it('is in the frame’s text only while the ally layer shows', () => {
    expect(frameText(input('en', ['ally']), 2001).weight).toMatch(/of the world’s people/);
    expect(frameText(input('en', ['partner']), 2001).weight).toBeNull();
  });
});

describe('frameText(input, year) with the view’s permalink', () => {
  const permalink = 'https://example.org/ties/?lang=en&show=ally&year=1971';
  it('cites the permalink instead of the app’s address, in both languages', () => {
    expect(frameText({ ...input('en'), permalink }, 1971).credit).toMatch(
      /^Taiwan Ties data 2026\.12\.04 \(CC BY 4\.0\) · formal relations as of .+ · this view and its sources: https:\/\/example\.org\/ties\/\?lang=en&show=ally&year=1971 · Shapes: Natural Earth$/,
    );
    expect(frameText({ ...input('zh-TW'), permalink }, 1971).credit).toContain(`本畫面及資料來源：${permalink} · 地圖形狀：Natural Earth`);
  });
});
