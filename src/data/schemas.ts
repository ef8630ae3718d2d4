import { z } from 'zod';
import type { Localized } from '../i18n/locale.ts';
import { VISA_REGIMES } from './layers.ts';
import { parsePartialDate } from './partial-date.ts';

/**
 * One zod schema per data file. Each takes a CSV row as d3-dsv gives it (every field a string)
 * and returns the typed record the app uses; error paths name the CSV column.
 */

/** Codes outside ISO 3166-1 that the data documents (data/README.md). */
export const NON_ISO_CODES = {
  SUN: 'Soviet Union',
  CSK: 'Czechoslovakia',
  XKX: 'Kosovo',
  XSL: 'Somaliland',
} as const;

const code = z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3 or a documented code)');
const required = z.string().trim().min(1, 'must not be empty');
const partialDate = z
  .string()
  .refine((text) => parsePartialDate(text) !== null, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' || value === undefined ? null : value), schema.nullable());
/** A name in Traditional Chinese: it must hold at least one Han character (not a copy of the English). */
const chineseName = z.string().trim().min(1, 'must not be empty').pipe(z.string().regex(/\p{Script=Han}/u, 'must be written in Chinese characters'));
const confidence = z.enum(['high', 'medium', 'low']);
const notes = z.string().default('');

export const END_REASONS = ['switched_to_prc', 'state_dissolved', 'other'] as const;

export const relationPeriodRow = z
  .object({
    iso3: code,
    name: required,
    name_zh: chineseName,
    start: partialDate,
    end: optional(partialDate),
    end_reason: optional(z.enum(END_REASONS)),
    source: required,
    confidence,
    notes,
  })
  .superRefine((row, ctx) => {
    if (row.end !== null && row.end_reason === null) {
      ctx.addIssue({ code: 'custom', path: ['end_reason'], message: 'is required when end is set' });
    }
    if (row.end === null && row.end_reason !== null) {
      ctx.addIssue({ code: 'custom', path: ['end_reason'], message: 'must be empty while the relation is ongoing' });
    }
  })
  .transform((row) => ({
    iso3: row.iso3,
    /** The name at the time (South Vietnam, Soviet Union), in both languages. */
    name: { en: row.name, 'zh-TW': row.name_zh } satisfies Localized,
    start: row.start,
    end: row.end,
    endReason: row.end_reason,
    source: row.source,
    confidence: row.confidence,
    notes: row.notes,
  }));


export const visaRow = z
  .object({
    iso3: code,
    name: required,
    regime: z.enum(VISA_REGIMES),
    max_stay_days: optional(z.coerce.number().int().positive()),
    as_of: partialDate,
    source: required,
    notes,
  })
  .transform((row) => ({
    iso3: row.iso3,
    name: row.name,
    regime: row.regime,
    maxStayDays: row.max_stay_days,
    asOf: row.as_of,
    source: row.source,
    notes: row.notes,
  }));

export const NSP_GROUPS = ['ASEAN', 'South Asia', 'Oceania'] as const;

export const newSouthboundRow = z.object({
  iso3: code,
  name: required,
  group: z.enum(NSP_GROUPS),
  source: required,
});

export const officeRow = z
  .object({
    iso3: code,
    name: required,
    office_name: required,
    city: required,
    other_cities: z.string().default(''),
    source: required,
    confidence,
    notes,
  })
  .transform((row) => ({
    iso3: row.iso3,
    name: row.name,
    officeName: row.office_name,
    city: row.city,
    otherCities: row.other_cities
      .split(';')
      .map((city) => city.trim())
      .filter(Boolean),
    source: row.source,
    confidence: row.confidence,
    notes: row.notes,
  }));

export const likeMindedRow = z.object({ iso3: code, name: required, source: required, notes });

/**
 * A country or territory's name in both languages: one row per code on the map. The Chinese is
 * Taiwan's usage (the foreign ministry's for allies), not a run-time guess; see data/README.md.
 */
export const countryNameRow = z
  .object({
    iso3: code,
    iso2: z.string().regex(/^([A-Z]{2})?$/, 'must be two capital letters (ISO 3166-1 alpha-2) or empty'),
    name_en: required,
    name_zh: chineseName,
    source: required,
    notes,
  })
  .transform((row) => ({
    iso3: row.iso3,
    iso2: row.iso2,
    name: { en: row.name_en, 'zh-TW': row.name_zh } satisfies Localized,
    source: row.source,
    notes: row.notes,
  }));

/** The data files whose dates bound what the map may show for a year (data/dataset-dates.csv). */
export const DATED_DATASETS = ['diplomatic-relations', 'representative-offices', 'new-southbound'] as const;
export const DATE_MEANINGS = ['as_of', 'launched'] as const;

export const datasetDateRow = z.object({
  dataset: z.enum(DATED_DATASETS),
  meaning: z.enum(DATE_MEANINGS),
  date: partialDate,
  source: required,
  notes,
});

/** A continuous period of formal diplomatic relations with the ROC. */
export type RelationPeriod = z.output<typeof relationPeriodRow>;
/** How ordinary ROC passport holders enter one country or territory. */
export type VisaEntry = z.output<typeof visaRow>;
/** A New Southbound Policy country. */
export type NewSouthboundMember = z.output<typeof newSouthboundRow>;
/** A Taiwan representative office in a country without formal ties. */
export type RepresentativeOffice = z.output<typeof officeRow>;
/** A country the MOFA overview names as like-minded. */
export type LikeMindedEntry = z.output<typeof likeMindedRow>;
/** When a data file was last checked (`as_of`) or what it describes began (`launched`). */
export type DatasetDate = z.output<typeof datasetDateRow>;
/** A country's name in English and Chinese, with the Chinese name's source. */
export type CountryName = z.output<typeof countryNameRow>;
/** The New Southbound Policy's regional groups. */
export type NewSouthboundGroup = (typeof NSP_GROUPS)[number];
/** Why a period of formal relations ended. */
export type EndReason = (typeof END_REASONS)[number];
