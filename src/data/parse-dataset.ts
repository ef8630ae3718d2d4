import { csvParse } from 'd3-dsv';
import type { z } from 'zod';
import { startOfPartialDate } from './partial-date.ts';
import {
  DATED_DATASETS,
  countryNameRow,
  datasetDateRow,
  likeMindedRow,
  newSouthboundRow,
  officeRow,
  relationPeriodRow,
  visaRow,
  type CountryName,
  type DatasetDate,
  type LikeMindedEntry,
  type NewSouthboundMember,
  type RelationPeriod,
  type RepresentativeOffice,
  type VisaEntry,
} from './schemas.ts';

/** The data files, by name under `data/`. */
export const DATA_FILES = {
  relations: 'diplomatic-relations.csv',
  visa: 'visa-access.csv',
  newSouthbound: 'new-southbound.csv',
  offices: 'representative-offices.csv',
  likeMinded: 'like-minded.csv',
  dates: 'dataset-dates.csv',
  names: 'country-names.csv',
} as const;

/** A data file, by the Dataset field it fills. */
export type DataFileKey = keyof typeof DATA_FILES;

/** Everything the app knows, validated: the output of `parseDataset`. */
export interface Dataset {
  relations: RelationPeriod[];
  visa: VisaEntry[];
  newSouthbound: NewSouthboundMember[];
  offices: RepresentativeOffice[];
  likeMinded: LikeMindedEntry[];
  /** When the relations and offices were last checked, and when the New Southbound Policy began. */
  dates: DatasetDate[];
  /** Every map code's name in English and Chinese. */
  names: CountryName[];
}

/** One thing wrong with one field of one row, e.g. `data/x.csv row 3 (line 4), field "start": …`. */
export interface DataProblem {
  file: string;
  row: number;
  field: string;
  message: string;
}

export class DatasetError extends Error {
  readonly problems: DataProblem[];
  constructor(problems: DataProblem[]) {
    super(`invalid data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(describeProblem).join('\n')}`);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

export function describeProblem({ file, row, field, message }: DataProblem): string {
  // Row 1 is the first data row; the CSV header is line 1, so the row sits on line row + 1.
  return `data/${file} row ${row} (line ${row + 1}), field "${field}": ${message}`;
}

export interface ParseOptions {
  /** Whether a code names a country or territory (ISO 3166-1 alpha-3 or a documented code). */
  isKnownCode: (code: string) => boolean;
}

/** The CSV row each parsed record came from, for messages about rules across rows. */
const csvRowOf = new WeakMap<object, number>();

function columnsOf(schema: z.ZodType): string[] {
  // A schema with .transform() is a pipe whose input (`in`) is the object schema.
  const objectSchema = (schema as unknown as { in?: { shape?: object }; shape?: object });
  return Object.keys(objectSchema.in?.shape ?? objectSchema.shape ?? {});
}

function parseRows<T extends object>(file: string, text: string, schema: z.ZodType<T>, problems: DataProblem[], options: ParseOptions): T[] {
  const rows = csvParse(text);
  const missingColumns = columnsOf(schema).filter((column) => !rows.columns.includes(column));
  for (const column of missingColumns) problems.push({ file, row: 0, field: column, message: 'column is missing from the header' });
  const parsed: T[] = [];
  rows.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, row: index + 1, field: String(issue.path[0] ?? '(row)'), message: issue.message });
      }
      return;
    }
    const iso3 = (raw as { iso3?: string }).iso3;
    if (iso3 && !options.isKnownCode(iso3)) {
      problems.push({ file, row: index + 1, field: 'iso3', message: `unknown code "${iso3}"` });
      return;
    }
    csvRowOf.set(result.data, index + 1);
    parsed.push(result.data);
  });
  return parsed;
}

/** Cross-row rules of the relations file: end after start, one country's periods never overlap. */
function checkRelationPeriods(file: string, periods: RelationPeriod[], problems: DataProblem[]) {
  const rowOf = (period: RelationPeriod) => csvRowOf.get(period) ?? 0;
  for (const period of periods) {
    if (period.end !== null && startOfPartialDate(period.end) <= startOfPartialDate(period.start)) {
      problems.push({ file, row: rowOf(period), field: 'end', message: `${period.end} is not after start ${period.start}` });
    }
  }
  const byCountry = new Map<string, RelationPeriod[]>();
  for (const period of periods) byCountry.set(period.iso3, [...(byCountry.get(period.iso3) ?? []), period]);
  for (const countryPeriods of byCountry.values()) {
    const sorted = [...countryPeriods].sort((a, b) => startOfPartialDate(a.start) - startOfPartialDate(b.start));
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1];
      if (previous.end === null || startOfPartialDate(previous.end) > startOfPartialDate(sorted[i].start)) {
        problems.push({
          file,
          row: rowOf(sorted[i]),
          field: 'start',
          message: `${sorted[i].iso3} period starting ${sorted[i].start} overlaps the one starting ${previous.start} (row ${rowOf(previous)})`,
        });
      }
    }
  }
}

function checkUniqueCodes(file: string, rows: { iso3: string }[], problems: DataProblem[]) {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const csvRow = csvRowOf.get(row) ?? 0;
    const first = seen.get(row.iso3);
    if (first !== undefined) problems.push({ file, row: csvRow, field: 'iso3', message: `${row.iso3} repeats row ${first}` });
    else seen.set(row.iso3, csvRow);
  }
}

/** Each dated data file needs exactly one date: the app reads it to decide what a year may show. */
function checkDatasetDates(file: string, dates: DatasetDate[], problems: DataProblem[]) {
  for (const dataset of DATED_DATASETS) {
    const rows = dates.filter((row) => row.dataset === dataset);
    if (rows.length === 0) problems.push({ file, row: 0, field: 'dataset', message: `no row for ${dataset}` });
    for (const extra of rows.slice(1)) problems.push({ file, row: csvRowOf.get(extra) ?? 0, field: 'dataset', message: `${dataset} repeats` });
  }
}

/**
 * Parses and validates every data file. Throws a DatasetError listing every problem (file, row,
 * field) rather than stopping at the first, so one run shows all that needs fixing.
 */
export function parseDataset(texts: Record<DataFileKey, string>, options: ParseOptions): Dataset {
  const problems: DataProblem[] = [];
  const dataset: Dataset = {
    relations: parseRows(DATA_FILES.relations, texts.relations, relationPeriodRow, problems, options),
    visa: parseRows(DATA_FILES.visa, texts.visa, visaRow, problems, options),
    newSouthbound: parseRows(DATA_FILES.newSouthbound, texts.newSouthbound, newSouthboundRow, problems, options),
    offices: parseRows(DATA_FILES.offices, texts.offices, officeRow, problems, options),
    likeMinded: parseRows(DATA_FILES.likeMinded, texts.likeMinded, likeMindedRow, problems, options),
    dates: parseRows(DATA_FILES.dates, texts.dates, datasetDateRow, problems, options),
    names: parseRows(DATA_FILES.names, texts.names, countryNameRow, problems, options),
  };
  checkDatasetDates(DATA_FILES.dates, dataset.dates, problems);
  checkRelationPeriods(DATA_FILES.relations, dataset.relations, problems);
  checkUniqueCodes(DATA_FILES.visa, dataset.visa, problems);
  checkUniqueCodes(DATA_FILES.newSouthbound, dataset.newSouthbound, problems);
  checkUniqueCodes(DATA_FILES.offices, dataset.offices, problems);
  checkUniqueCodes(DATA_FILES.likeMinded, dataset.likeMinded, problems);
  checkUniqueCodes(DATA_FILES.names, dataset.names, problems);
  if (problems.length > 0) throw new DatasetError(problems);
  return dataset;
}
