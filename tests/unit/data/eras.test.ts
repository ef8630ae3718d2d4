import { describe, expect, it } from 'vitest';
import { erasOf } from '../../../src/data/eras.ts';
import { startOfPartialDate } from '../../../src/data/partial-date.ts';
import { deriveData } from '../../../src/data/derived-data.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const dataset = readDataset();
const today = Date.UTC(2026, 11, 5);
const { timeline } = deriveData(dataset, new Date(today));
const eras = erasOf(dataset.presidents, timeline);
const era = (name: string) => eras.find((entry) => entry.president.name.en === name)!;

describe('erasOf(presidents, timeline, today): each term with the allies it gained and lost', () => {
  it('runs from Chiang Kai-shek’s resumption in 1950 to Lai Ching-te today, term after term', () => {
    expect(eras.map((entry) => entry.president.name.en)).toEqual([
      'Chiang Kai-shek',
      'Yen Chia-kan',
      'Chiang Ching-kuo',
      'Lee Teng-hui',
      'Chen Shui-bian',
      'Ma Ying-jeou',
      'Tsai Ing-wen',
      'Lai Ching-te',
    ]);
    expect(era('Chiang Kai-shek').from).toBeCloseTo(1950.16, 2);
  });

  it('counts ten allies lost under Tsai Ing-wen, as the press counted them, and one under Ma Ying-jeou (the Gambia, 2013)', () => {
    expect(era('Tsai Ing-wen')).toMatchObject({ gained: 0, lost: 10 });
    expect(era('Ma Ying-jeou')).toMatchObject({ gained: 0, lost: 1 });
    expect(era('Lai Ching-te')).toMatchObject({ gained: 0, lost: 0 });
  });

  it('counts every switch since 1 March 1950 in exactly one term, and no dissolution', () => {
    const since = timeline.years.flatMap((entry) => entry.events).filter((event) => startOfPartialDate(event.date) >= Date.UTC(1950, 2, 1));
    const switches = since.filter((event) => event.kind !== 'dissolved');
    // The two dissolutions: the Mali Federation (1960) and South Vietnam (1975).
    expect(since.filter((event) => event.kind === 'dissolved').map((event) => event.name.en)).toEqual(['Mali Federation', 'South Vietnam']);
    expect(eras.reduce((sum, entry) => sum + entry.gained + entry.lost, 0)).toBe(switches.length);
  });
});
