import { csvParse } from 'd3-dsv';
import type { z } from 'zod';
import { indexSources } from '../../src/data/citations.ts';
import type { Dataset, Release } from '../../src/data/dataset.ts';
import { startOfPartialDate } from '../../src/data/partial-date.ts';
import {
  DATED_DATASETS,
  DAY_MS,
  REQUIRED_DATES,
  beijingPeriodRow,
  countryNameRow,
  datasetDateRow,
  likeMindedRow,
  newSouthboundRow,
  dataPackage,
  officeRow,
  publishedCountRow,
  visaReconciliationRow,
  relationPeriodRow,
  sourceRow,
  visaRow,
  type BeijingPeriod,
  type Citation,
  type DatasetDate,
  type RelationPeriod,
  type Source,
} from './schemas.ts';
import { dossierRow, figureRow } from './dossier-schemas.ts';
import { checkDossiers } from './check-dossiers.ts';
import { checkOfficeHistory, officeEventRow } from './office-history.ts';
import { checkWorldBank, worldBankRow } from './world-bank.ts';
import { checkPresidents, milestoneRow, presidentRow } from './timeline-notes.ts';
import { checkRegions, regionRow } from './regions.ts';
import { allyWeights } from '../../src/data/ally-weight.ts';

/** The data files, by name under `data/`. */
export const DATA_FILES = {
  relations: 'diplomatic-relations.csv',
  beijing: 'beijing-relations.csv',
  visa: 'visa-access.csv',
  newSouthbound: 'new-southbound.csv',
  offices: 'representative-offices.csv',
  officeHistory: 'office-history.csv',
  likeMinded: 'like-minded.csv',
  dates: 'dataset-dates.csv',
  names: 'country-names.csv',
  sources: 'sources.csv',
  publishedCounts: 'published-counts.csv',
  visaReconciliation: 'visa-reconciliation.csv',
  dossiers: 'switch-dossiers.csv',
  figures: 'switch-figures.csv',
  worldBank: 'world-bank.csv',
  presidents: 'presidents.csv',
  milestones: 'milestones.csv',
  regions: 'regions.csv',
  release: 'datapackage.json',
} as const;

/** A data file, by the Dataset field it fills. */
export type DataFileKey = keyof typeof DATA_FILES;

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
  const objectSchema = schema as unknown as { in?: { shape?: object }; shape?: object };
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

/** A period of either relations file: what the cross-row rules read. */
type Period = RelationPeriod | BeijingPeriod;

/** Cross-row rules of a relations file (Taipei's or Beijing's): end after start, one country's periods never overlap. */
function checkPeriods(file: string, periods: Period[], problems: DataProblem[]) {
  const rowOf = (period: Period) => csvRowOf.get(period) ?? 0;
  for (const period of periods) {
    if (period.end !== null && startOfPartialDate(period.end) <= startOfPartialDate(period.start)) {
      problems.push({ file, row: rowOf(period), field: 'end', message: `${period.end} is not after start ${period.startKnown ? period.start : '(unknown)'}` });
    }
  }
  for (const countryPeriods of byCountry(periods).values()) {
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

function byCountry<T extends { iso3: string }>(rows: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) grouped.set(row.iso3, [...(grouped.get(row.iso3) ?? []), row]);
  return grouped;
}

/**
 * The two sides of every switch agree: a Taipei period that ended in a switch names the day
 * relations with Beijing began (`beijing`), and a period in beijing-relations.csv starts that day.
 * And no state has relations with both at once (a day's slack for time zones, as the end rule has),
 * unless one period lies wholly inside the other and the Beijing row's notes say "Dual recognition"
 * (Papua New Guinea 1999, Vanuatu 2004, Liberia 1993–1997: the state, or rival governments, kept both).
 */
function checkBothSides(files: { relations: string; beijing: string }, relations: RelationPeriod[], beijing: BeijingPeriod[], problems: DataProblem[]) {
  const beijingByCountry = byCountry(beijing);
  for (const period of relations) {
    const withBeijing = beijingByCountry.get(period.iso3) ?? [];
    if (period.endReason === 'switched_to_prc' && period.beijing !== null && !withBeijing.some((other) => other.start === period.beijing)) {
      const starts = withBeijing.map((other) => other.start).join(', ') || 'none';
      problems.push({
        file: files.relations,
        row: csvRowOf.get(period) ?? 0,
        field: 'beijing',
        message: `${period.iso3}: no period in data/${files.beijing} starts on ${period.beijing} (its periods start: ${starts})`,
      });
    }
    const end = period.end === null ? Infinity : startOfPartialDate(period.end);
    for (const other of withBeijing) {
      const otherEnd = other.end === null ? Infinity : startOfPartialDate(other.end);
      const [start, otherStart] = [startOfPartialDate(period.start), startOfPartialDate(other.start)];
      const overlap = Math.min(end, otherEnd) - Math.max(start, otherStart);
      const nested = (start >= otherStart && end <= otherEnd) || (otherStart >= start && otherEnd <= end);
      if (overlap > DAY_MS && !(nested && other.notes.includes(DUAL_RECOGNITION))) {
        problems.push({
          file: files.beijing,
          row: csvRowOf.get(other) ?? 0,
          field: 'start',
          message: `${other.iso3}: relations with Beijing from ${other.start} overlap relations with Taipei from ${period.startKnown ? period.start : '(unknown)'} to ${period.end ?? 'now'} (data/${files.relations} row ${csvRowOf.get(period) ?? 0})`,
        });
      }
    }
  }
}
/** The words a Beijing row's notes begin a dual recognition with (checkBothSides). */
const DUAL_RECOGNITION = 'Dual recognition';

function checkUniqueCodes(file: string, rows: { iso3: string }[], problems: DataProblem[]) {
  checkUnique(file, rows, 'iso3', (row) => row.iso3, problems);
}

/** Each dated data file gives each of its dates exactly once: the app reads them to decide what a year may show. */
function checkDatasetDates(file: string, dates: DatasetDate[], problems: DataProblem[]) {
  for (const dataset of DATED_DATASETS) {
    for (const meaning of REQUIRED_DATES[dataset]) {
      const rows = dates.filter((row) => row.dataset === dataset && row.meaning === meaning);
      if (rows.length === 0) problems.push({ file, row: 0, field: 'dataset', message: `no ${meaning} row for ${dataset}` });
      for (const extra of rows.slice(1)) problems.push({ file, row: csvRowOf.get(extra) ?? 0, field: 'dataset', message: `${dataset} ${meaning} repeats` });
    }
  }
}

/** Source ids are unique, and so are their addresses: one source, one row, one id. */
function checkSources(file: string, sources: Source[], problems: DataProblem[]) {
  checkUnique(file, sources, 'id', (source) => source.id, problems);
  checkUnique(file, sources, 'url', (source) => source.url, problems);
}

function checkUnique<T extends object>(file: string, rows: T[], field: string, keyOf: (row: T) => string, problems: DataProblem[]) {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const csvRow = csvRowOf.get(row) ?? 0;
    const key = keyOf(row);
    const first = seen.get(key);
    if (first !== undefined) problems.push({ file, row: csvRow, field, message: `${key} repeats row ${first}` });
    else seen.set(key, csvRow);
  }
}

/** Every citation names a source of data/sources.csv. */
function checkCitations(file: string, rows: { sources: Citation[] }[], known: ReadonlySet<string>, problems: DataProblem[]) {
  for (const row of rows) {
    for (const citation of row.sources) {
      if (!known.has(citation.id))
        problems.push({ file, row: csvRowOf.get(row) ?? 0, field: 'sources', message: `cites "${citation.id}", which is not in data/sources.csv` });
    }
  }
}

/** Who stands behind a source: its publisher, with every Wikipedia edition one publisher. */
const publisherOf = (source: Source) => (/^https:\/\/[a-z]{2,3}\.wikipedia\.org\//.test(source.url) ? 'Wikipedia' : source.publisher);

/**
 * The confidence levels mean what data/METHOD.md says: `high` needs two independent sources (two
 * publishers; the row's author vouches that they agree on the day) and dates given to the day;
 * `medium` needs dates given at least to the month; a year-only date or an unknown start is `low`.
 */
function checkConfidence(file: string, periods: Period[], sources: ReadonlyMap<string, Source>, problems: DataProblem[]) {
  for (const period of periods) {
    if (period.confidence === 'low') continue;
    const row = csvRowOf.get(period) ?? 0;
    const needed = period.confidence === 'high' ? 10 : 7;
    const vague = period.startKnown ? [period.start, period.end].find((date) => date !== null && date.length < needed) : 'an unknown start';
    if (vague)
      problems.push({ file, row, field: 'confidence', message: `${period.confidence} needs dates to the ${needed === 10 ? 'day' : 'month'}; ${vague} is not` });
    if (period.confidence !== 'high') continue;
    const publishers = new Set(
      period.sources.flatMap((citation) => {
        const source = sources.get(citation.id);
        return source ? [publisherOf(source)] : [];
      }),
    );
    if (publishers.size < 2)
      problems.push({ file, row, field: 'confidence', message: 'high needs two independent sources (two publishers); this row has one' });
  }
}

/**
 * The package descriptor: valid, and true to the files. Every CSV of DATA_FILES is a resource
 * whose fields are its header's columns in order, so a reader's tools see what the files hold.
 */
function parseRelease(text: string, csvTexts: Partial<Record<DataFileKey, string>>, problems: DataProblem[]): Release {
  const file = DATA_FILES.release;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push({ file, row: 0, field: '(file)', message: `is not JSON: ${(error as Error).message}` });
  }
  const result = dataPackage.safeParse(json);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file, row: 0, field: issue.path.join('.') || '(file)', message: issue.message });
    return { version: '', title: '', created: '', licence: { name: '', title: '', url: '' }, files: [] };
  }
  const descriptor = result.data;
  for (const [key, csvFile] of Object.entries(DATA_FILES)) {
    if (!csvFile.endsWith('.csv')) continue;
    const resource = descriptor.resources.find((entry) => entry.path === csvFile);
    if (!resource) {
      problems.push({ file, row: 0, field: 'resources', message: `lists no resource for ${csvFile}` });
      continue;
    }
    const header = csvParse(csvTexts[key as DataFileKey]?.split('\n', 1)[0] ?? '').columns;
    const fields = resource.schema.fields.map((field) => field.name);
    if (header.join(',') !== fields.join(',')) {
      problems.push({
        file,
        row: 0,
        field: `resources.${resource.name}.schema.fields`,
        message: `are ${fields.join(',')} but ${csvFile} has ${header.join(',')}`,
      });
    }
  }
  const [licence] = descriptor.licenses;
  return {
    version: descriptor.version,
    title: descriptor.title,
    created: descriptor.created,
    licence: { name: licence.name, title: licence.title, url: licence.path },
    files: descriptor.resources.map((resource) => resource.path),
  };
}

/**
 * Parses and validates every data file, when the app is built (scripts/read-dataset.ts). Throws a
 * DatasetError listing every problem (file, row, field) rather than stopping at the first, so one
 * run shows all that needs fixing.
 */
export function parseDataset(texts: Record<DataFileKey, string>, options: ParseOptions): Dataset {
  const problems: DataProblem[] = [];
  const dataset: Omit<Dataset, 'allyWeight'> = {
    relations: parseRows(DATA_FILES.relations, texts.relations, relationPeriodRow, problems, options),
    beijing: parseRows(DATA_FILES.beijing, texts.beijing, beijingPeriodRow, problems, options),
    visa: parseRows(DATA_FILES.visa, texts.visa, visaRow, problems, options),
    newSouthbound: parseRows(DATA_FILES.newSouthbound, texts.newSouthbound, newSouthboundRow, problems, options),
    offices: parseRows(DATA_FILES.offices, texts.offices, officeRow, problems, options),
    officeHistory: parseRows(DATA_FILES.officeHistory, texts.officeHistory, officeEventRow, problems, options),
    likeMinded: parseRows(DATA_FILES.likeMinded, texts.likeMinded, likeMindedRow, problems, options),
    dates: parseRows(DATA_FILES.dates, texts.dates, datasetDateRow, problems, options),
    names: parseRows(DATA_FILES.names, texts.names, countryNameRow, problems, options),
    sources: parseRows(DATA_FILES.sources, texts.sources, sourceRow, problems, options),
    publishedCounts: parseRows(DATA_FILES.publishedCounts, texts.publishedCounts, publishedCountRow, problems, options),
    visaReconciliation: parseRows(DATA_FILES.visaReconciliation, texts.visaReconciliation, visaReconciliationRow, problems, options),
    dossiers: parseRows(DATA_FILES.dossiers, texts.dossiers, dossierRow, problems, options),
    figures: parseRows(DATA_FILES.figures, texts.figures, figureRow, problems, options),
    worldBank: parseRows(DATA_FILES.worldBank, texts.worldBank, worldBankRow, problems, options),
    presidents: parseRows(DATA_FILES.presidents, texts.presidents, presidentRow, problems, options),
    milestones: parseRows(DATA_FILES.milestones, texts.milestones, milestoneRow, problems, options),
    regions: parseRows(DATA_FILES.regions, texts.regions, regionRow, problems, options),
    release: parseRelease(texts.release, texts, problems),
  };
  checkDatasetDates(DATA_FILES.dates, dataset.dates, problems);
  checkPeriods(DATA_FILES.relations, dataset.relations, problems);
  checkPresidents(DATA_FILES.presidents, dataset.presidents, (row) => csvRowOf.get(row) ?? 0, problems);
  checkPeriods(DATA_FILES.beijing, dataset.beijing, problems);
  // Across the two files only once each is valid on its own, so one mistake gives one message.
  if (problems.length === 0) checkBothSides(DATA_FILES, dataset.relations, dataset.beijing, problems);
  checkSources(DATA_FILES.sources, dataset.sources, problems);
  checkConfidence(DATA_FILES.relations, dataset.relations, indexSources(dataset.sources), problems);
  checkConfidence(DATA_FILES.beijing, dataset.beijing, indexSources(dataset.sources), problems);
  const sourceIds = new Set(dataset.sources.map((source) => source.id));
  for (const key of [
    'relations',
    'beijing',
    'visa',
    'newSouthbound',
    'offices',
    'officeHistory',
    'likeMinded',
    'dates',
    'names',
    'publishedCounts',
    'visaReconciliation',
    'dossiers',
    'figures',
    'worldBank',
    'presidents',
    'milestones',
    'regions',
  ] as const) {
    checkCitations(DATA_FILES[key], dataset[key], sourceIds, problems);
  }
  checkUniqueCodes(DATA_FILES.visa, dataset.visa, problems);
  checkUniqueCodes(DATA_FILES.newSouthbound, dataset.newSouthbound, problems);
  checkUniqueCodes(DATA_FILES.offices, dataset.offices, problems);
  checkUniqueCodes(DATA_FILES.likeMinded, dataset.likeMinded, problems);
  checkUniqueCodes(DATA_FILES.names, dataset.names, problems);
  checkUniqueCodes(DATA_FILES.regions, dataset.regions, problems);
  // Last, and only on otherwise valid data: a dossier names a switch of the relations file; an
  // office the history leaves open is one of today's; a World Bank value is the world's or an ally's;
  // every state of the relations file has a region, and only those.
  if (problems.length === 0) {
    checkOfficeHistory(
      { history: DATA_FILES.officeHistory, offices: DATA_FILES.offices },
      dataset.officeHistory,
      new Set(dataset.offices.map((office) => office.iso3)),
      (row) => csvRowOf.get(row) ?? 0,
      problems,
    );
  }
  if (problems.length === 0) {
    checkWorldBank(DATA_FILES.worldBank, dataset.worldBank, new Set(dataset.relations.map((period) => period.iso3)), (row) => csvRowOf.get(row) ?? 0, problems);
  }
  if (problems.length === 0) {
    checkRegions(DATA_FILES, dataset.regions, dataset.relations, (row) => csvRowOf.get(row) ?? 0, problems);
  }
  if (problems.length === 0) checkDossiers(DATA_FILES, dataset.relations, dataset.dossiers, dataset.figures, (row) => csvRowOf.get(row) ?? 0, problems);
  if (problems.length > 0) throw new DatasetError(problems);
  const asOf = dataset.dates.find((row) => row.dataset === 'diplomatic-relations' && row.meaning === 'as_of')!.date;
  return { ...dataset, allyWeight: allyWeights(dataset.relations, dataset.worldBank, asOf) };
}
