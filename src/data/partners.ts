import type { CountryProfile } from './country-profiles.ts';
import type { OfficeEvent, RepresentativeOffice } from './dataset.ts';
import { startOfPartialDate, yearOfPartialDate, type PartialDate } from './partial-date.ts';

/**
 * Where Taiwan kept a representative office on a given day (office-history.csv), so that the
 * substantive-partner layer can be drawn for past years. A country's office is open from an
 * `opened` day (or a renaming, which shows it was open) until a `closed` day. Before a country's
 * first event nothing is known unless that event is an opening; and every office of
 * representative-offices.csv is open from that file's as-of date, whatever its history says
 * (Brunei's office closed in 2006 and is open today, its reopening undated).
 */

/** A country's known states, oldest first: from `at` (ms UTC) the office is open or closed. */
type Changes = { at: number; open: boolean }[];

function changesByCountry(history: readonly OfficeEvent[]): Map<string, Changes> {
  const byCountry = new Map<string, Changes>();
  for (const event of history) {
    const changes = byCountry.get(event.iso3) ?? [];
    changes.push({ at: startOfPartialDate(event.date), open: event.event !== 'closed' });
    byCountry.set(event.iso3, changes);
  }
  for (const changes of byCountry.values()) changes.sort((a, b) => a.at - b.at);
  return byCountry;
}

/** The codes with an open office on each day asked about. */
export function officeReader(offices: readonly RepresentativeOffice[], history: readonly OfficeEvent[], asOf: PartialDate): (instant: number) => Set<string> {
  const byCountry = changesByCountry(history);
  const today = new Set(offices.map((office) => office.iso3));
  const asOfInstant = startOfPartialDate(asOf);
  return (instant) => {
    const open = new Set<string>();
    if (instant >= asOfInstant) for (const iso3 of today) open.add(iso3);
    for (const [iso3, changes] of byCountry) {
      const last = changes.findLast((change) => change.at <= instant);
      if (last?.open) open.add(iso3);
    }
    return open;
  };
}

/** From which year offices are drawn, and from which year every office open then is known. */
export interface OfficeCoverage {
  /** The year of the first dated opening. */
  fromYear: number;
  /** The first year the layer is complete: later than it wherever an office's opening is not dated. */
  completeFrom: number;
  /** Today's offices with no known opening day, drawn only from the as-of date. */
  undated: string[];
}

export function officeCoverage(offices: readonly RepresentativeOffice[], history: readonly OfficeEvent[], asOf: PartialDate): OfficeCoverage {
  const firstEvent = new Map<string, OfficeEvent>();
  const lastEvent = new Map<string, OfficeEvent>();
  for (const event of history) {
    if (!firstEvent.has(event.iso3) || startOfPartialDate(event.date) < startOfPartialDate(firstEvent.get(event.iso3)!.date)) firstEvent.set(event.iso3, event);
    if (!lastEvent.has(event.iso3) || startOfPartialDate(event.date) >= startOfPartialDate(lastEvent.get(event.iso3)!.date)) lastEvent.set(event.iso3, event);
  }
  const asOfYear = yearOfPartialDate(asOf);
  // A country's state is known from its first opening on; from its first other event where that comes first.
  let completeFrom = Number.NEGATIVE_INFINITY;
  for (const first of firstEvent.values()) if (first.event !== 'opened') completeFrom = Math.max(completeFrom, yearOfPartialDate(first.date) + 1);
  const undated = offices.map((office) => office.iso3).filter((iso3) => firstEvent.get(iso3)?.event !== 'opened' || lastEvent.get(iso3)?.event === 'closed');
  if (undated.length > 0) completeFrom = Math.max(completeFrom, asOfYear);
  const openings = history.filter((event) => event.event === 'opened').map((event) => yearOfPartialDate(event.date));
  const fromYear = Math.min(asOfYear, ...openings);
  return { fromYear, completeFrom: Math.max(completeFrom, fromYear), undated: undated.sort() };
}

/** How a partner is coloured: one the foreign ministry names like-minded, or another; '' for none. */
export type PartnerKind = '' | 'like-minded' | 'other';

/** A country's partner kind, if it is a partner (today's: profile.isPartner; a year's: TimelineYear.partners). */
export const partnerKindOf = (profile: CountryProfile | undefined, isPartner: boolean): PartnerKind =>
  isPartner ? (profile?.likeMinded ? 'like-minded' : 'other') : '';

/**
 * A year's partners where they differ from today's, which the map's tiles hold: the kind of a
 * partner then that is none today (Norway before 2017), or 'none' for today's partner that was
 * not one then (Lithuania before 2021).
 */
export function partnerChanges(partners: ReadonlySet<string>, profiles: ReadonlyMap<string, CountryProfile>): Map<string, Exclude<PartnerKind, ''> | 'none'> {
  const changes = new Map<string, Exclude<PartnerKind, ''> | 'none'>();
  for (const profile of profiles.values()) if (profile.isPartner && !partners.has(profile.iso3)) changes.set(profile.iso3, 'none');
  for (const iso3 of partners) {
    const profile = profiles.get(iso3);
    if (!profile?.isPartner) changes.set(iso3, partnerKindOf(profile, true) as Exclude<PartnerKind, ''>);
  }
  return changes;
}
