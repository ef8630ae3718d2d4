import type { TimelineYear } from '../data/ally-timeline.ts';
import { collatorFor } from '../data/collator.ts';
import type { PartialDate } from '../data/partial-date.ts';
import { formatList, formatPartialDate, formatYear } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { messagesFor } from '../i18n/messages.ts';

/**
 * The sentence a screen reader hears when the timeline's year changes: the year's ally count,
 * the allies lost and gained and the year's milestones, e.g. "1971: 53 allies; 14 lost: Austria, Belgium, Cameroon,
 * Cyprus, Ecuador, and 9 more." / 「1971年：53個邦交國；斷交14國：…和另外9國。」 Pure.
 */

/** Names listed before a long list is cut to "and N more". */
const ANNOUNCED_NAMES = 5;

export interface YearAnnouncementInput {
  entry: Pick<TimelineYear, 'year' | 'allies' | 'gained' | 'lost' | 'readOnAsOf'>;
  /** The date the relations data was last checked (timeline.asOf), said when the year is read on it. */
  asOf: PartialDate;
  /** A data code's name in `locale` (the name at the time: Soviet Union, South Vietnam). */
  nameOf: (iso3: string) => string;
  locale: Locale;
  /** The year's milestones, by their labels in `locale`, in date order (none unless given). */
  milestones?: readonly string[];
  /** How many names a list gives before "and N more". */
  maxNames?: number;
}

/** Names as a list, the first `max` of them then "N more" when there are more than `max`. */
export function cappedList(names: readonly string[], max: number, locale: Locale): string {
  const { announce } = messagesFor(locale);
  // "A, B and 1 more" says no more than "A, B and C" would, so a list one longer than the cap is whole.
  if (names.length <= max + 1) return formatList(names, locale);
  return formatList([...names.slice(0, max), announce.more(names.length - max)], locale);
}

/** The announcement for a year, in one language. */
export function yearAnnouncement({ entry, asOf, nameOf, locale, milestones = [], maxNames = ANNOUNCED_NAMES }: YearAnnouncementInput): string {
  const { announce } = messagesFor(locale);
  const year = entry.readOnAsOf ? announce.yearAsOf(formatYear(entry.year, locale), formatPartialDate(asOf, locale)) : formatYear(entry.year, locale);
  // In the listener's alphabetical order (a Chinese list in Chinese order, as the events list and
  // the table sort it), so the first five named are the first five a reader of that language expects.
  const names = (codes: readonly string[]) => cappedList(codes.map(nameOf).sort(collatorFor(locale).compare), maxNames, locale);
  const parts = [announce.allies(year, entry.allies.length)];
  if (entry.lost.length > 0) parts.push(announce.lost(entry.lost.length, names(entry.lost)));
  if (entry.gained.length > 0) parts.push(announce.gained(entry.gained.length, names(entry.gained)));
  if (milestones.length > 0) parts.push(announce.milestones(milestones.length, formatList(milestones, locale)));
  return `${parts.join(announce.separator)}${announce.end}`;
}
