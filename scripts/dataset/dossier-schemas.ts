import { z } from 'zod';
import type { Localized } from '../../src/i18n/locale.ts';
import { citations, code, notes, optional, partialDate, required } from './schemas.ts';

/**
 * The switch dossiers (data/switch-dossiers.csv, data/switch-figures.csv): what is known of each
 * change of recognition, field by field, each field with its own sources. A switch is keyed by
 * its country and the day on Taipei's side (`taipei_date`): the start or end of a period of
 * data/diplomatic-relations.csv. Its dates on both sides come from the two periods files.
 */

/** Who acted first. `country_recognised_taipei` is for a start of relations; the rest for an end, but `other`. */
export const FIRST_MOVERS = [
  'country_recognised_beijing',
  'taipei_severed_first',
  'country_severed_taipei',
  'country_revoked_recognition',
  'beijing_severed_first',
  'country_recognised_taipei',
  'other',
] as const;

/** A dossier's fields, in the order a card shows them. */
export const DOSSIER_FIELDS = ['first_mover', 'decided_by', 'stated_reason', 'taipei_view', 'followed', 'other_dates'] as const;

/** Text in Traditional Chinese: at least one Han character (not a copy of the English). */
const chineseText = z
  .string()
  .trim()
  .pipe(z.string().regex(/\p{Script=Han}/u, 'must be written in Chinese characters'));

export const dossierRow = z
  .object({
    iso3: code,
    taipei_date: partialDate,
    field: z.enum(DOSSIER_FIELDS),
    code: optional(z.enum(FIRST_MOVERS)),
    text: optional(required),
    text_zh: optional(chineseText),
    sources: citations,
    notes,
  })
  .superRefine((row, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (row.field === 'first_mover' && row.code === null) issue('code', 'is required for first_mover');
    if (row.field !== 'first_mover' && row.code !== null) issue('code', 'is only for first_mover');
    if (row.field !== 'first_mover' && row.text === null) issue('text', `is required for ${row.field}`);
    if ((row.text === null) !== (row.text_zh === null)) issue('text_zh', 'must be given exactly when text is (the card speaks both languages)');
  })
  .transform((row) => ({
    iso3: row.iso3,
    taipeiDate: row.taipei_date,
    field: row.field,
    /** first_mover's code; null for the other fields. */
    code: row.code,
    /** The fact in one line, in both languages (for first_mover, how the sources word it, if given). */
    text: row.text === null ? null : ({ en: row.text, 'zh-TW': row.text_zh! } satisfies Localized),
    sources: row.sources,
    notes: row.notes,
  }));

export const figureRow = z
  .object({
    iso3: code,
    taipei_date: partialDate,
    amount: z.coerce.number().positive('must be a positive number'),
    currency: optional(z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD')),
    year: z.coerce.number().int().min(1949).max(2100),
    what: required,
    what_zh: chineseText,
    hedge: z.string().trim().default(''),
    sources: citations,
    notes,
  })
  .transform((row) => ({
    iso3: row.iso3,
    taipeiDate: row.taipei_date,
    amount: row.amount,
    /** ISO 4217; null where the source names no currency ("$730 million"). */
    currency: row.currency,
    /** The year the figure refers to, or was reported. */
    year: row.year,
    /** What the figure is said to be, in both languages. */
    what: { en: row.what, 'zh-TW': row.what_zh } satisfies Localized,
    /** The source's own hedging words ("reportedly", "denied by …"); empty where it states the figure flatly. */
    hedge: row.hedge,
    sources: row.sources,
    notes: row.notes,
  }));

export type DossierEntry = z.output<typeof dossierRow>;
export type ReportedFigure = z.output<typeof figureRow>;
export type FirstMover = (typeof FIRST_MOVERS)[number];
export type DossierField = (typeof DOSSIER_FIELDS)[number];
