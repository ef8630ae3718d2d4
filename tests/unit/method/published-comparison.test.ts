import { describe, expect, it } from 'vitest';
import type { PublishedCount } from '../../../src/data/dataset.ts';
import { relationPeriod } from '../../fixtures/relation-period.ts';
import { compareWithPublished } from '../../../src/method/published-comparison.ts';

const period = relationPeriod;
const published = (year: number, count: number, countDate: string | null, publisher = 'P'): PublishedCount => ({
  publisher,
  year,
  count,
  countDate,
  sources: [{ id: 's', pinpoint: null }],
  quote: '',
  explanation: { en: '', 'zh-TW': '' },
});

describe('compareWithPublished(periods, published)', () => {
  const periods = [period('AAA', '1950', null), period('BBB', '1950', '1971-10-25'), period('CCC', '1950', '1971-12-07')];

  it('counts ours on the publisher’s day, or on 31 December where it gives none, in year order', () => {
    const rows = compareWithPublished(periods, [published(1971, 1, null, 'year-end'), published(1971, 2, '1971-10-25', 'UN vote'), published(1960, 3, null)]);
    expect(rows.map((row) => [row.published.publisher, row.ours])).toEqual([
      ['P', 3],
      ['UN vote', 2],
      ['year-end', 1],
    ]);
  });
});
