import { describe, expect, it } from 'vitest';
import { timelineYear, type TimelineYear } from '../../../src/data/ally-timeline.ts';
import { labelSubjects } from '../../../src/data/map-labels.ts';
import { derived } from '../../fixtures/small-data/small-dataset.ts';

const { timeline } = derived;

describe('labelSubjects(year, names)', () => {
  it('names every ally of the year once, the year’s gains as gained and its losses as lost', () => {
    for (const year of [1971, 2002, 2026]) {
      const entry = timelineYear(timeline, year);
      const subjects = labelSubjects(entry, timeline.names);
      expect(subjects.map((subject) => subject.code).sort()).toEqual([...entry.allies, ...entry.lost].sort());
      for (const subject of subjects) {
        const expected = entry.lost.includes(subject.code) ? 'lost' : entry.gained.includes(subject.code) ? 'gained' : 'ally';
        expect(subject.kind, `${year} ${subject.code}`).toBe(expected);
        expect(subject.name).toEqual(timeline.names.get(subject.code));
      }
    }
    expect(labelSubjects(timelineYear(timeline, 1971), timeline.names).some((subject) => subject.kind === 'lost')).toBe(true);
  });

  it('places a state that no longer exists on its successor’s shape, under its own name', () => {
    const entry = { allies: ['SUN'], gained: [], lost: [] } as unknown as TimelineYear;
    const names = new Map([['SUN', { en: 'Soviet Union', 'zh-TW': '蘇聯' }]]);
    expect(labelSubjects(entry, names)).toEqual([{ code: 'SUN', shape: 'RUS', kind: 'ally', name: { en: 'Soviet Union', 'zh-TW': '蘇聯' } }]);
  });
});
