import { z } from 'zod';
import { startOfPartialDate } from '../../src/data/partial-date.ts';
import type { Localized } from '../../src/i18n/locale.ts';
import { chineseName, citations, notes, optional, partialDate, required } from './schemas.ts';

/**
 * The annotated timeline's data: the ROC's presidents since 1950 (data/presidents.csv), whose
 * terms are the chart's eras, and the milestones marked on it (data/milestones.csv). Build-time code.
 */

export const presidentRow = z
  .object({
    name: required,
    name_zh: chineseName,
    short: required,
    short_zh: chineseName,
    start: partialDate,
    end: optional(partialDate),
    sources: citations,
    notes,
  })
  .transform((row) => ({
    name: { en: row.name, 'zh-TW': row.name_zh } satisfies Localized,
    /** The name on the chart's band, where it is narrow. */
    short: { en: row.short, 'zh-TW': row.short_zh } satisfies Localized,
    start: row.start,
    /** Empty for the president in office. */
    end: row.end,
    sources: row.sources,
    notes: row.notes,
  }));

export const milestoneRow = z
  .object({ date: partialDate, label: required, label_zh: chineseName, note: required, note_zh: chineseName, sources: citations, notes })
  .transform((row) => ({
    date: row.date,
    /** A few words on the chart. */
    label: { en: row.label, 'zh-TW': row.label_zh } satisfies Localized,
    /** One line on what happened. */
    note: { en: row.note, 'zh-TW': row.note_zh } satisfies Localized,
    sources: row.sources,
    notes: row.notes,
  }));

export type President = z.output<typeof presidentRow>;
export type Milestone = z.output<typeof milestoneRow>;

/** Terms follow one another: each starts when the one before ends, and only the last is open. */
export function checkPresidents(
  file: string,
  terms: readonly President[],
  rowOf: (row: object) => number,
  problems: { file: string; row: number; field: string; message: string }[],
) {
  terms.forEach((term, index) => {
    const next = terms[index + 1];
    if (!next) return;
    if (term.end === null) problems.push({ file, row: rowOf(term), field: 'end', message: 'only the last term may be open' });
    else if (startOfPartialDate(next.start) < startOfPartialDate(term.end))
      problems.push({ file, row: rowOf(next), field: 'start', message: `${next.start} comes before the term above ends (${term.end})` });
  });
}
