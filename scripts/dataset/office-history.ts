import { z } from 'zod';
import { startOfPartialDate } from '../../src/data/partial-date.ts';
import { citations, code, notes, partialDate, required } from './schemas.ts';

/**
 * data/office-history.csv: when Taiwan's representative office in a country opened, was renamed
 * or closed, so the substantive-partner layer can be drawn for past years. Build-time code.
 */

export const OFFICE_EVENTS = ['opened', 'renamed', 'closed'] as const;

export const officeEventRow = z
  .object({
    iso3: code,
    event: z.enum(OFFICE_EVENTS),
    date: partialDate,
    office_name: required,
    city: z.string().trim().default(''),
    sources: citations,
    notes,
  })
  .transform((row) => ({
    iso3: row.iso3,
    /** opened: the country's first office, or one again after a closure; closed: its last office closed. */
    event: row.event,
    date: row.date,
    /** The office's name from that day (for `renamed`, the new name), as the sources write it. */
    officeName: row.office_name,
    city: row.city,
    sources: row.sources,
    notes: row.notes,
  }));

export type OfficeEvent = z.output<typeof officeEventRow>;

/** What may follow each event in one country: an office opens, is renamed while open, closes, opens again. */
const MAY_FOLLOW: Record<OfficeEvent['event'], readonly OfficeEvent['event'][]> = {
  opened: ['renamed', 'closed'],
  renamed: ['renamed', 'closed'],
  closed: ['opened'],
};

/**
 * The file's rules across rows: a country's events in date order, each one that may follow the
 * one before (no second opening while open, no renaming or closing while closed); and an office
 * the history leaves open is one of today's (`openToday`, representative-offices.csv).
 */
export function checkOfficeHistory(
  files: { history: string; offices: string },
  events: readonly OfficeEvent[],
  openToday: ReadonlySet<string>,
  rowOf: (row: object) => number,
  problems: { file: string; row: number; field: string; message: string }[],
) {
  const file = files.history;
  const previous = new Map<string, OfficeEvent>();
  for (const event of events) {
    const before = previous.get(event.iso3);
    previous.set(event.iso3, event);
    if (!before) continue;
    if (startOfPartialDate(event.date) < startOfPartialDate(before.date)) {
      problems.push({
        file,
        row: rowOf(event),
        field: 'date',
        message: `${event.iso3}: ${event.date} comes before the row above it (${before.date}); list a country's events in date order`,
      });
    } else if (!MAY_FOLLOW[before.event].includes(event.event)) {
      problems.push({
        file,
        row: rowOf(event),
        field: 'event',
        message: `${event.iso3}: ${event.event} on ${event.date} cannot follow ${before.event} on ${before.date}`,
      });
    }
  }
  for (const last of previous.values()) {
    if (last.event !== 'closed' && !openToday.has(last.iso3)) {
      problems.push({
        file,
        row: rowOf(last),
        field: 'event',
        message: `${last.iso3}: the office is open after ${last.date}, but data/${files.offices} has no row for it (close it here, or add today's office)`,
      });
    }
  }
}
