import { alliesOn } from '../data/relations.ts';
import { endOfYear, startOfPartialDate } from '../data/partial-date.ts';
import type { PublishedCount, RelationPeriod } from '../data/schemas.ts';

/** A published count beside ours, on the day the publisher counts on. */
export interface CountComparison {
  published: PublishedCount;
  /** Our count on that day (31 December of the year where the publisher gives no day). */
  ours: number;
}

/**
 * Our count for each published one, in year order. A count "after X's switch" is compared on its
 * day; a year alone on 31 December, the convention the atlas counts by.
 */
export function compareWithPublished(periods: readonly RelationPeriod[], published: readonly PublishedCount[]): CountComparison[] {
  return [...published]
    .sort((a, b) => a.year - b.year || a.publisher.localeCompare(b.publisher))
    .map((entry) => ({
      published: entry,
      ours: alliesOn(periods, entry.countDate ? startOfPartialDate(entry.countDate) : endOfYear(entry.year)).size,
    }));
}
