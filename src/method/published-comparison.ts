import { collatorFor } from '../data/collator.ts';
import type { PublishedCount, RelationPeriod } from '../data/dataset.ts';
import { endOfYear, startOfPartialDate } from '../data/partial-date.ts';
import { alliesOn } from '../data/relations.ts';

/** A published count beside ours, on the day the publisher counts on. */
export interface CountComparison {
  published: PublishedCount;
  /** Our count on that day (31 December of the year where the publisher gives no day). */
  ours: number;
}

/**
 * Our count for each published one, in year order (then by publisher, in English name order). A
 * count "after X's switch" is compared on its day; a year alone on 31 December, the convention
 * the atlas counts by.
 */
export function compareWithPublished(periods: readonly RelationPeriod[], published: readonly PublishedCount[]): CountComparison[] {
  return [...published]
    .sort((a, b) => a.year - b.year || collatorFor('en').compare(a.publisher, b.publisher))
    .map((entry) => ({
      published: entry,
      ours: alliesOn(periods, entry.countDate ? startOfPartialDate(entry.countDate) : endOfYear(entry.year)).size,
    }));
}
