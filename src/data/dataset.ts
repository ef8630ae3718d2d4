import type * as Records from '../../scripts/dataset/schemas.ts';
import type * as Dossiers from '../../scripts/dataset/dossier-schemas.ts';
import type * as Offices from '../../scripts/dataset/office-history.ts';
import type * as WorldBank from '../../scripts/dataset/world-bank.ts';
import type { Milestone, President } from '../../scripts/dataset/timeline-notes.ts';
import type { RegionEntry } from '../../scripts/dataset/regions.ts';
import type { AllyWeight } from './ally-weight.ts';

/**
 * The dataset as the browser receives it (`virtual:dataset`): the data files parsed and checked
 * when the app is built (scripts/dataset/). The records' shapes are the zod schemas' outputs,
 * named here as types only, so browser code imports them from this one module and the bundle
 * gets neither zod nor the CSV parser (eslint.config.js enforces it).
 */
export type {
  BeijingPeriod,
  Citation,
  CountryName,
  DatasetDate,
  EndReason,
  LikeMindedEntry,
  NewSouthboundGroup,
  NewSouthboundMember,
  PublishedCount,
  RelationPeriod,
  RepresentativeOffice,
  Source,
  VisaEntry,
  VisaReconciliation,
} from '../../scripts/dataset/schemas.ts';
/** An office's event as the page has it: its research notes stay in the downloadable file. */
export type OfficeEvent = Omit<Offices.OfficeEvent, 'notes'>;
export type { Milestone, President } from '../../scripts/dataset/timeline-notes.ts';
export type { RegionEntry } from '../../scripts/dataset/regions.ts';
export type { DossierEntry, DossierField, FirstMover, ReportedFigure } from '../../scripts/dataset/dossier-schemas.ts';

/** The data's release, as the app shows it: version, title, licence. */
export interface Release {
  version: string;
  title: string;
  created: string;
  licence: { name: string; title: string; url: string };
  /** The files a reader can download, as datapackage.json lists them. */
  files: string[];
}

/**
 * What the page needs before its first frame: every file but the long texts a reader opens
 * (`Details`), which load on demand (data/details.ts) to keep the first load small.
 */
export interface CoreDataset {
  relations: Records.RelationPeriod[];
  /** Periods of diplomatic relations with the People's Republic of China: the other side of every switch. */
  beijing: Records.BeijingPeriod[];
  visa: Records.VisaEntry[];
  newSouthbound: Records.NewSouthboundMember[];
  offices: Records.RepresentativeOffice[];
  /** When each office opened, was renamed or closed (office-history.csv): the partner layer through time. */
  officeHistory: OfficeEvent[];
  /** The allies' share of the world's people and output by year, from world-bank.csv (ally-weight.ts). */
  allyWeight: AllyWeight[];
  /** The ROC's presidents since 1950: the timeline's eras (presidents.csv). */
  presidents: President[];
  /** Moments marked on the timeline, each with a line and its sources (milestones.csv). */
  milestones: Milestone[];
  /** The UN M49 region of every state of the relations file: the count by region (regions.csv). */
  regions: RegionEntry[];
  likeMinded: Records.LikeMindedEntry[];
  /** When the relations and offices were last checked, and when the New Southbound Policy began. */
  dates: Records.DatasetDate[];
  /** Every map code's name in English and Chinese. */
  names: Records.CountryName[];
  /** Ally counts others have published, with why ours differs. */
  publishedCounts: Records.PublishedCount[];
  /** The data's version, licence and files (datapackage.json). */
  release: Release;
}

/** The texts a reader opens, loaded on demand: `virtual:details`. */
export interface Details {
  /** The bibliography: every row of every other file cites these by id. */
  sources: Records.Source[];
  /** What is known of each switch, field by field (switch-dossiers.csv). */
  dossiers: Dossiers.DossierEntry[];
  /** Inducement, aid or loan figures a named source ties to a switch (switch-figures.csv). */
  figures: Dossiers.ReportedFigure[];
}

/** Everything the app knows, validated: the output of `parseDataset`. */
export interface Dataset extends Omit<CoreDataset, 'officeHistory'>, Details {
  officeHistory: Offices.OfficeEvent[];
  /** The series the allies' weight is computed from: in the downloadable file, not the page. */
  worldBank: WorldBank.WorldBankValue[];
  /** Where our visa count may differ from the ministry's, place by place: checked by the data tests, in the downloadable file, not the page. */
  visaReconciliation: Records.VisaReconciliation[];
}

const DETAIL_KEYS = ['sources', 'dossiers', 'figures'] as const satisfies readonly (keyof Details)[];

/**
 * The dataset as the build ships it: the core with the page, the details as a chunk of their own.
 * The office history's research notes are not shipped at all: the page never shows them, and the
 * downloadable file has them.
 */
export function splitDataset(dataset: Dataset): { core: CoreDataset; details: Details } {
  const withoutNotes = dataset.officeHistory.map((event): OfficeEvent => ({ iso3: event.iso3, event: event.event, date: event.date, officeName: event.officeName, city: event.city, sources: event.sources }));
  const { worldBank: _series, visaReconciliation: _reconciliation, ...rest } = dataset;
  const core: Partial<CoreDataset & Details> = { ...rest, officeHistory: withoutNotes };
  for (const key of DETAIL_KEYS) delete core[key];
  const details = Object.fromEntries(DETAIL_KEYS.map((key) => [key, dataset[key]])) as unknown as Details;
  return { core: core as CoreDataset, details };
}
