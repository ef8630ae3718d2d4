import { z } from 'zod';
import { VISA_REGIMES } from '../../src/data/layers.ts';
import { parsePartialDate } from '../../src/data/partial-date.ts';
import { FIRST_YEAR } from '../../src/data/year-range.ts';
import type { Localized } from '../../src/i18n/locale.ts';

/**
 * One zod schema per data file. Each takes a CSV row as d3-dsv gives it (every field a string)
 * and returns the typed record the app uses; error paths name the CSV column. Build-time code:
 * the browser names the records' types (src/data/dataset.ts) and never runs zod.
 */

/** Codes outside ISO 3166-1 that the data documents (data/README.md). */
export const NON_ISO_CODES = {
  SUN: 'Soviet Union',
  CSK: 'Czechoslovakia',
  DDR: 'East Germany',
  VDR: 'North Vietnam',
  YMD: 'South Yemen',
  XKX: 'Kosovo',
  XSL: 'Somaliland',
} as const;

export const code = z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3 or a documented code)');
export const required = z.string().trim().min(1, 'must not be empty');
export const partialDate = z.string().refine((text) => parsePartialDate(text) !== null, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' || value === undefined ? null : value), schema.nullable());
/** A name in Traditional Chinese: it must hold at least one Han character (not a copy of the English). */
export const chineseName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .pipe(z.string().regex(/\p{Script=Han}/u, 'must be written in Chinese characters'));
const confidence = z.enum(['high', 'medium', 'low']);
export const notes = z.string().default('');

/** A source id in data/sources.csv: lowercase letters, digits and hyphens. */
const SOURCE_ID = /^[a-z0-9][a-z0-9-]*$/;
/** One citation in a `sources` field: `id` or `id[pinpoint]` (a page, a section, a short quote). */
const CITATION = /^([a-z0-9][a-z0-9-]*)(?:\[([^\]]+)\])?$/;

/**
 * A row's `sources` field: source ids separated by `;`, each with an optional pinpoint in square
 * brackets. At least one; a pinpoint holds neither `;` nor `]`, so the split needs no quoting rules.
 */
export const citations = z.string().transform((text, ctx) => {
  const parts = text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) ctx.addIssue({ code: 'custom', message: 'must cite at least one source id from data/sources.csv' });
  return parts.flatMap((part) => {
    const match = CITATION.exec(part);
    if (match) return [{ id: match[1], pinpoint: (match[2] as string | undefined)?.trim() ?? null }];
    ctx.addIssue({ code: 'custom', message: `"${part}" is not a source id (lowercase letters, digits, hyphens) with an optional [pinpoint]` });
    return [];
  });
});

/** A fact's citation: a source of data/sources.csv and where in it, if the row says. */
export type Citation = z.output<typeof citations>[number];

export const SOURCE_KINDS = ['official', 'encyclopedia', 'news', 'scholarly', 'dataset'] as const;

/**
 * An address a reader can follow to the publisher's own page: https, and for Wikipedia the
 * canonical article address (`https://xx.wikipedia.org/wiki/Title`), never a language-variant,
 * mobile or mirror copy. Mirrors are refused by the tests' list of blocked hosts.
 */
const canonicalUrl = z
  .string()
  .trim()
  .refine((text) => URL.canParse(text) && new URL(text).protocol === 'https:', 'must be an https address')
  .refine((text) => {
    if (!URL.canParse(text)) return true;
    const url = new URL(text);
    if (!url.hostname.endsWith('wikipedia.org')) return true;
    return /^[a-z]{2,3}\.wikipedia\.org$/.test(url.hostname) && url.pathname.startsWith('/wiki/');
  }, 'must be a canonical Wikipedia article address: https://xx.wikipedia.org/wiki/Title');

export const sourceRow = z
  .object({
    id: z.string().regex(SOURCE_ID, 'must be lowercase letters, digits and hyphens'),
    title: required,
    author_or_publisher: required,
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'must be a language tag such as en, zh-Hant, es'),
    published: optional(partialDate),
    url: canonicalUrl,
    kind: z.enum(SOURCE_KINDS),
    accessed: partialDate,
    /** The copy actually read: its address, or what it was where it had none (a stored snapshot). */
    read_via: optional(z.string().trim()),
  })
  .transform((row) => ({
    id: row.id,
    title: row.title,
    publisher: row.author_or_publisher,
    language: row.language,
    published: row.published,
    url: row.url,
    kind: row.kind,
    accessed: row.accessed,
    /** The copy actually read when it was not the canonical page: a note, never the citation. */
    readVia: row.read_via,
  }));

export const END_REASONS = ['switched_to_prc', 'state_dissolved', 'other'] as const;

/**
 * How a period's relations began (data/METHOD.md, "What counts"): `diplomatic` at legation or
 * embassy level from the start; `consular` first, diplomatic from `diplomatic_from`; or
 * `consular_only`, never above consular. Consular ties always count; the level flags them.
 */
export const RELATION_LEVELS = ['diplomatic', 'consular', 'consular_only'] as const;

/** A day's first instant, or null for text that is not a partial date (the field's own check says so). */
const instantOf = (text: string | null) => {
  const parsed = text === null ? null : parsePartialDate(text);
  return parsed ? Date.UTC(parsed.year, parsed.month - 1, parsed.day) : null;
};
/** A day in ms: the time zones' slack the end rule allows (parse-dataset.ts allows it across files too). */
export const DAY_MS = 86_400_000;
/** The founding of the Republic of China: no period of relations with it can start earlier. */
const ROC_FOUNDED = '1912';

export const relationPeriodRow = z
  .object({
    iso3: code,
    name: required,
    name_zh: chineseName,
    start: optional(partialDate),
    level: z.enum(RELATION_LEVELS),
    diplomatic_from: optional(partialDate),
    end: optional(partialDate),
    beijing: optional(partialDate),
    end_reason: optional(z.enum(END_REASONS)),
    sources: citations,
    confidence,
    notes,
  })
  .superRefine((row, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (row.start === null && (row.end === null || (instantOf(row.end) ?? 0) <= Date.UTC(FIRST_YEAR, 0, 1))) {
      issue('start', `may be empty (unknown) only for a period already running on 1 January ${FIRST_YEAR} and ended since`);
    }
    if (row.end !== null && row.end_reason === null) issue('end_reason', 'is required when end is set');
    if (row.end === null && row.end_reason !== null) issue('end_reason', 'must be empty while the relation is ongoing');
    if (row.level === 'consular' && row.diplomatic_from === null)
      issue('diplomatic_from', 'is required when the level is consular (the day relations became diplomatic)');
    if (row.level !== 'consular' && row.diplomatic_from !== null) issue('diplomatic_from', `must be empty when the level is ${row.level}`);
    const [start, upgraded, end, beijing] = [row.start, row.diplomatic_from, row.end, row.beijing].map(instantOf);
    if (upgraded !== null && start !== null && upgraded < start) issue('diplomatic_from', `${row.diplomatic_from} is before start ${row.start}`);
    if (upgraded !== null && end !== null && upgraded >= end) issue('diplomatic_from', `${row.diplomatic_from} is not before end ${row.end}`);
    // The end rule (data/METHOD.md): relations with Taipei end no later than the day the state
    // establishes relations with Beijing, so a switch's two dates are both known and in this order
    // (a day's slack for time zones: Taipei's date is often the day after the other capital's).
    if (row.end_reason === 'switched_to_prc' && row.beijing === null)
      issue('beijing', 'is required for a switch: the day relations with Beijing were established');
    if (row.end_reason === 'switched_to_prc' && end !== null && beijing !== null && end > beijing + DAY_MS) {
      issue('end', `${row.end} is after ${row.beijing}, when relations with Beijing began: by the end rule relations with Taipei ended that day at the latest`);
    }
    if (row.beijing !== null && row.end === null) issue('beijing', 'must be empty while the relation is ongoing');
  })
  .transform((row) => ({
    iso3: row.iso3,
    /** The name at the time (South Vietnam, Soviet Union), in both languages. */
    name: { en: row.name, 'zh-TW': row.name_zh } satisfies Localized,
    /** The first day; for a period whose start no source gives, the ROC's founding (1912), the earliest it can be. */
    start: row.start ?? ROC_FOUNDED,
    /** False when no source gives the start: the period was running on 1 January 1949, since a day unknown. */
    startKnown: row.start !== null,
    level: row.level,
    diplomaticFrom: row.diplomatic_from,
    /** The day relations with Taipei ended: what the counts use. */
    end: row.end,
    /** The day the state established relations with Beijing, for the switch that ended (or followed) this period. */
    beijing: row.beijing,
    endReason: row.end_reason,
    sources: row.sources,
    confidence: row.confidence,
    notes: row.notes,
  }));

/** Why a period of relations with Beijing ended: broken off by either side, or the state ceased to exist. */
export const BEIJING_END_REASONS = ['severed', 'state_dissolved'] as const;

/** The day the People's Republic of China was proclaimed: no period of relations with it starts earlier. */
const PRC_FOUNDED = '1949-10-01';

/**
 * A continuous period of diplomatic relations with the People's Republic of China (the other side
 * of every switch; data/README.md, beijing-relations.csv). A state whose relations were suspended
 * and resumed has one row per period.
 */
export const beijingPeriodRow = z
  .object({
    iso3: code,
    name: required,
    name_zh: chineseName,
    start: partialDate,
    end: optional(partialDate),
    end_reason: optional(z.enum(BEIJING_END_REASONS)),
    sources: citations,
    confidence,
    notes,
  })
  .superRefine((row, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (row.end !== null && row.end_reason === null) issue('end_reason', 'is required when end is set');
    if (row.end === null && row.end_reason !== null) issue('end_reason', 'must be empty while the relation is ongoing');
    const start = instantOf(row.start);
    if (start !== null && start < (instantOf(PRC_FOUNDED) ?? 0)) issue('start', `${row.start} is before the PRC was proclaimed (${PRC_FOUNDED})`);
  })
  .transform((row) => ({
    iso3: row.iso3,
    /** The name at the time (Soviet Union, East Germany), in both languages. */
    name: { en: row.name, 'zh-TW': row.name_zh } satisfies Localized,
    start: row.start,
    /** Every period here has a known start (the PRC's own list dates each one). */
    startKnown: true,
    end: row.end,
    endReason: row.end_reason,
    sources: row.sources,
    confidence: row.confidence,
    notes: row.notes,
  }));

export const visaRow = z
  .object({
    iso3: code,
    name: required,
    regime: z.enum(VISA_REGIMES),
    max_stay_days: optional(z.coerce.number().int().positive()),
    since: optional(partialDate),
    as_of: partialDate,
    sources: citations,
    notes,
  })
  .transform((row) => ({
    iso3: row.iso3,
    name: row.name,
    regime: row.regime,
    maxStayDays: row.max_stay_days,
    /** The day the regime took effect, where a source gives it. */
    since: row.since,
    asOf: row.as_of,
    sources: row.sources,
    notes: row.notes,
  }));

export const NSP_GROUPS = ['ASEAN', 'South Asia', 'Oceania'] as const;

export const newSouthboundRow = z.object({
  iso3: code,
  name: required,
  group: z.enum(NSP_GROUPS),
  sources: citations,
});

export const officeRow = z
  .object({
    iso3: code,
    name: required,
    office_name: required,
    city: required,
    other_cities: z.string().default(''),
    sources: citations,
    confidence,
    as_of: partialDate,
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
    sources: row.sources,
    /** The date of the newest source that confirms the office. */
    asOf: row.as_of,
    confidence: row.confidence,
    notes: row.notes,
  }));

/**
 * Why the foreign ministry's overview counts a country as like-minded: named on its own, or as one
 * of "the EU and its member states". Whether it has a Taiwan office is the offices file's to say.
 */
export const LIKE_MINDED_BASES = ['named', 'eu_member'] as const;

export const likeMindedRow = z.object({ iso3: code, name: required, basis: z.enum(LIKE_MINDED_BASES), sources: citations, notes });

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
    sources: citations,
    notes,
  })
  .transform((row) => ({
    iso3: row.iso3,
    iso2: row.iso2,
    name: { en: row.name_en, 'zh-TW': row.name_zh } satisfies Localized,
    sources: row.sources,
    notes: row.notes,
  }));

/** The data files whose dates bound what the map may show for a year (data/dataset-dates.csv). */
export const DATED_DATASETS = ['diplomatic-relations', 'beijing-relations', 'representative-offices', 'new-southbound', 'visa-access'] as const;
/**
 * `as_of`: the date the newest source confirms; `launched`: when what the file describes began;
 * `last_checked`: the day the file was last checked against its sources (shown in the app).
 */
export const DATE_MEANINGS = ['as_of', 'launched', 'last_checked'] as const;

/** The dates each dated file must give, exactly once each. */
export const REQUIRED_DATES: Record<(typeof DATED_DATASETS)[number], readonly (typeof DATE_MEANINGS)[number][]> = {
  'diplomatic-relations': ['as_of', 'last_checked'],
  'beijing-relations': ['as_of', 'last_checked'],
  'representative-offices': ['as_of', 'last_checked'],
  'new-southbound': ['launched', 'last_checked'],
  'visa-access': ['as_of', 'last_checked'],
};

export const datasetDateRow = z.object({
  dataset: z.enum(DATED_DATASETS),
  meaning: z.enum(DATE_MEANINGS),
  date: partialDate,
  sources: citations,
  notes,
});

/**
 * A count of the ROC's formal allies that others have published (data/published-counts.csv), for
 * the Method view's comparison with ours: who counted, for which year, on which day if they say.
 */
export const publishedCountRow = z
  .object({
    publisher: required,
    year: z.coerce.number().int().min(FIRST_YEAR).max(2100),
    count: z.coerce.number().int().nonnegative(),
    count_date: optional(partialDate),
    sources: citations,
    quote: z.string().default(''),
    explanation: z.string().default(''),
    explanation_zh: z.string().default(''),
  })
  .transform((row) => ({
    publisher: row.publisher,
    year: row.year,
    count: row.count,
    /** The day the publisher counts on, where it says; else 31 December of `year` is compared. */
    countDate: row.count_date,
    sources: row.sources,
    quote: row.quote,
    /** Why our count differs, in both languages; empty where it does not. */
    explanation: { en: row.explanation, 'zh-TW': row.explanation_zh } satisfies Localized,
  }));

/** A continuous period of diplomatic relations with the PRC. */
export type BeijingPeriod = z.output<typeof beijingPeriodRow>;
/** A continuous period of formal diplomatic relations with the ROC. */
export type RelationPeriod = z.output<typeof relationPeriodRow>;
/** How ordinary ROC passport holders enter one country or territory. */
export type VisaEntry = z.output<typeof visaRow>;
/** A New Southbound Policy country. */
export type NewSouthboundMember = z.output<typeof newSouthboundRow>;
/** A Taiwan representative office in a country without formal ties. */
export type RepresentativeOffice = z.output<typeof officeRow>;
/**
 * The parts of data/datapackage.json (a Frictionless Data Package) the app and the checks read:
 * the release's version (date-based, YYYY.MM.DD), licence and the files with their columns.
 */
export const dataPackage = z.object({
  name: required,
  title: required,
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}$/, 'must be a date-based version YYYY.MM.DD'),
  created: partialDate,
  licenses: z.array(z.object({ name: required, title: required, path: z.string().startsWith('https://') })).min(1, 'must name a licence'),
  resources: z.array(
    z.object({
      name: required,
      path: required,
      schema: z.object({ fields: z.array(z.object({ name: required, type: required, description: required })).min(1) }),
    }),
  ),
});

/**
 * Where our count of easy-access places differs from the ministry's 173 (as of 2025-05-12), place
 * by place (data/visa-reconciliation.csv): whether we count it on that day and whether the
 * ministry does, with the reason. `not_on_map`: a place the map draws inside another.
 */
export const visaReconciliationRow = z.object({
  iso3: code,
  name: required,
  counted_by_us: z.enum(['yes', 'no', 'not_on_map']),
  counted_by_ministry: z.enum(['yes', 'no', 'probably', 'probably_not', 'unknown']),
  reason: required,
  sources: citations,
});

/** A source of data/sources.csv, as the app cites it. */
export type Source = z.output<typeof sourceRow>;
/** A place where our visa count and the ministry's may differ, and why. */
export type VisaReconciliation = z.output<typeof visaReconciliationRow>;
/** A count others have published, with why ours differs. */
export type PublishedCount = z.output<typeof publishedCountRow>;
/** A country the MOFA overview names as like-minded. */
export type LikeMindedEntry = z.output<typeof likeMindedRow>;
/** When a data file was last checked (`as_of`) or what it describes began (`launched`). */
export type DatasetDate = z.output<typeof datasetDateRow>;
/** A country's name in English and Chinese, with the Chinese name's source. */
export type CountryName = z.output<typeof countryNameRow>;
/** The New Southbound Policy's regional groups. */
export type NewSouthboundGroup = (typeof NSP_GROUPS)[number];
/** How a period's relations began: diplomatic, consular first, or consular only. */
export type RelationLevel = (typeof RELATION_LEVELS)[number];
/** Why a period of formal relations ended. */
export type EndReason = (typeof END_REASONS)[number];
