import { describe, expect, it } from 'vitest';
import { timelineYear } from '../../../src/data/ally-timeline.ts';
import { deriveData } from '../../../src/data/derived-data.ts';
import type { Locale } from '../../../src/i18n/locale.ts';
import { cappedList, yearAnnouncement } from '../../../src/state/year-announcement.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const TODAY = new Date('2026-11-21T00:00:00Z');
const dataset = readDataset();
const { timeline } = deriveData(dataset, TODAY);
const nameByCode = new Map(dataset.names.map((row) => [row.iso3, row.name]));
for (const period of dataset.relations) nameByCode.set(period.iso3, period.name);

const announce = (year: number, locale: Locale = 'en') =>
  yearAnnouncement({ entry: timelineYear(timeline, year), asOf: timeline.asOf, nameOf: (iso3) => nameByCode.get(iso3)![locale], locale });

describe('yearAnnouncement', () => {
  it('gives the ally count and the first five allies lost, then how many more', () => {
    // 1971: 53 allies on 31 December, 14 lost during the year (read from the timeline, not assumed).
    expect(timelineYear(timeline, 1971).allies).toHaveLength(53);
    expect(announce(1971)).toBe('1971: 53 allies; 14 lost: Austria, Belgium, Cameroon, Cyprus, Ecuador, and 9 more.');
    // Each language lists in its own alphabetical order (Chinese by strokes: 土 3, 厄 and 比 4, 伊 6, 科 9), as the events list and the table do.
    expect(announce(1971, 'zh-TW')).toBe('1971年：53個邦交國；斷交14國：土耳其、厄瓜多、比利時、伊朗、科威特和另外9國。');
  });

  it('says the allies gained too, and names states by their name at the time', () => {
    expect(announce(1990)).toBe('1990: 28 allies; 1 lost: Saudi Arabia; 3 gained: Guinea-Bissau, Lesotho, and Nicaragua.');
    expect(announce(1972, 'zh-TW')).toMatch(/^1972年：41個邦交國；斷交13國：.*和另外8國；新建交1國：東加。$/);
    expect(announce(1949)).toContain('Czechoslovakia');
    // A period running in 1949 from a day no source gives (Belgium) is not a gain of 1949; Luxembourg's
    // (1 Jan 1949) and South Korea's (ambassador-level relations from 4 Jan 1949) are.
    expect(announce(1949)).toMatch(/2 gained: Luxembourg and South Korea\.$/);
  });

  it('says when a year is read on the data’s as-of date', () => {
    expect(announce(2026)).toBe('2026 (as of 22 Jan 2026): 12 allies.');
    expect(announce(2026, 'zh-TW')).toBe('2026年（截至2026年1月22日）：12個邦交國。');
    expect(announce(2024)).toBe('2024: 12 allies; 1 lost: Nauru.');
  });

  it('lists a list one longer than the cap whole ("and 1 more" would say no less)', () => {
    expect(cappedList(['A', 'B', 'C'], 2, 'en')).toBe('A, B, and C');
    expect(cappedList(['A', 'B', 'C', 'D'], 2, 'en')).toBe('A, B, and 2 more');
    expect(cappedList(['甲', '乙', '丙', '丁'], 2, 'zh-TW')).toBe('甲、乙和另外2國');
  });
});
