import { describe, expect, it } from 'vitest';
import { timelineYear } from '../../../src/data/ally-timeline.ts';
import type { Locale } from '../../../src/i18n/locale.ts';
import { cappedList, yearAnnouncement } from '../../../src/state/year-announcement.ts';
import { dataset, derived } from '../../fixtures/small-data/small-dataset.ts';

const { timeline } = derived;
const nameByCode = new Map(dataset.names.map((row) => [row.iso3, row.name]));
for (const period of dataset.relations) nameByCode.set(period.iso3, period.name);

const announce = (year: number, locale: Locale = 'en') =>
  yearAnnouncement({ entry: timelineYear(timeline, year), asOf: timeline.asOf, nameOf: (iso3) => nameByCode.get(iso3)![locale], locale });

describe('yearAnnouncement', () => {
  it('gives the ally count and the allies lost, in each language’s own alphabetical order', () => {
    expect(announce(1972)).toBe('1972: 7 allies; 2 lost: Australia and Japan.');
    // Chinese by strokes: 日 4, 澳 16, as the events list and the table do.
    expect(announce(1972, 'zh-TW')).toBe('1972年：7個邦交國；斷交2國：日本和澳洲。');
  });

  it('says the allies gained too, and names states by their name at the time', () => {
    expect(announce(1952)).toBe('1952: 7 allies; 1 gained: Japan.');
    expect(announce(1952, 'zh-TW')).toBe('1952年：7個邦交國；新建交1國：日本。');
    expect(announce(1949)).toBe('1949: 8 allies; 3 lost: Czechoslovakia, India, and Soviet Union.');
  });

  it('names the first five of a longer list, then how many more', () => {
    const sevenLost = { year: 1971, allies: ['GTM', 'VAT'], gained: [], lost: ['USA', 'PRY', 'NRU', 'JPN', 'IND', 'HND', 'AUS'], readOnAsOf: false };
    const text = yearAnnouncement({ entry: sevenLost, asOf: timeline.asOf, nameOf: (iso3) => nameByCode.get(iso3)!.en, locale: 'en' });
    expect(text).toBe('1971: 2 allies; 7 lost: Australia, Honduras, India, Japan, Nauru, and 2 more.');
  });

  it('ends with the year’s milestones when given, by their labels (1979: two)', () => {
    const at1979 = (locale: Locale) =>
      yearAnnouncement({
        entry: timelineYear(timeline, 1979),
        asOf: timeline.asOf,
        nameOf: (iso3) => nameByCode.get(iso3)![locale],
        locale,
        milestones: dataset.milestones.filter((milestone) => milestone.date.startsWith('1979')).map((milestone) => milestone.label[locale]),
      });
    expect(at1979('en')).toBe('1979: 4 allies; 1 lost: United States; milestones: United States recognises Beijing and Taiwan Relations Act.');
    expect(at1979('zh-TW')).toBe('1979年：4個邦交國；斷交1國：美國；大事：美國承認北京和《臺灣關係法》。');
  });

  it('says when a year is read on the data’s as-of date', () => {
    expect(announce(2026)).toBe('2026 (as of 22 Jan 2026): 3 allies.');
    expect(announce(2026, 'zh-TW')).toBe('2026年（截至2026年1月22日）：3個邦交國。');
    expect(announce(2024)).toBe('2024: 3 allies; 1 lost: Nauru.');
  });
});

describe('cappedList', () => {
  it('names the first ones, then how many more', () => {
    expect(cappedList(['A', 'B', 'C', 'D'], 2, 'en')).toBe('A, B, and 2 more');
    expect(cappedList(['甲', '乙', '丙', '丁'], 2, 'zh-TW')).toBe('甲、乙和另外2國');
  });

  it('lists a list one longer than the cap whole ("and 1 more" would say no less)', () => {
    expect(cappedList(['A', 'B', 'C'], 2, 'en')).toBe('A, B, and C');
  });
});
